package org.rectiflow.round;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A fix on the spot as its occurrence of the process recorded it.
 *
 * @param noticeText the notice the team issued
 * @param deadline the deadline of the notice
 * @param report what the village did
 * @param moneyRecoveredYuan money returned to villagers, if any
 * @param verifiedOn the day the team verified it
 */
public record VerifiedFix(String noticeText, LocalDate deadline, String report, BigDecimal moneyRecoveredYuan,
		LocalDate verifiedOn) {

}
