package kz.otinish.shared;

import java.util.List;

/**
 * Many changes made at once (an import of thousands of people): the audit trail records
 * each as if published alone, in one batch.
 */
public interface AuditedChanges {

	List<? extends AuditedChange> changes();

}
