package kz.otinish.review;

import java.time.LocalDate;
import java.util.List;

/** The dean's order forming an extended commission, with the members it names (REV-6). */
public record NewCommission(String orderNumber, LocalDate orderDate, List<CommissionMember> members) {
}
