package kz.otinish.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadline policy as settings, the procedure's numbers as defaults (sop.md DL-1..DL-4).
 *
 * @param reviewWorkingDays DL-1, working days to consider an appeal
 * @param maxWorkingDays DL-2, the cap an extension may reach
 * @param returnWorkingDays DL-3, working days to return an application without substance
 * @param complaintWindowMonths DL-4, calendar months to complain against a decision
 * @param receiptDayCounts whether the day of receipt counts as the first day (it does not
 * under the SOP)
 */
@ConfigurationProperties("otinish.deadline")
public record DeadlineSettings(@DefaultValue("15") int reviewWorkingDays, @DefaultValue("30") int maxWorkingDays,
		@DefaultValue("3") int returnWorkingDays, @DefaultValue("3") int complaintWindowMonths,
		@DefaultValue("false") boolean receiptDayCounts) {

	public static DeadlineSettings sopDefaults() {
		return new DeadlineSettings(15, 30, 3, 3, false);
	}

}
