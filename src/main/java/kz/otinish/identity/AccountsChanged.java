package kz.otinish.identity;

import java.util.List;

import kz.otinish.shared.AuditedChanges;

/** The changes one import made to many accounts, audited one line per account. */
public record AccountsChanged(List<AccountChanged> changes) implements AuditedChanges {
}
