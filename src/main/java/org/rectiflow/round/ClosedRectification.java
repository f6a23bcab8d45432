package org.rectiflow.round;

import java.time.LocalDate;

/**
 * How a unit's rectification ended.
 *
 * @param verdict the villagers' verdict
 * @param grade the grade, null when a POOR verdict vetoed the sign-off
 * @param opinion the sign-off opinion
 * @param admonishingTalkOn the day of the admonishing talk, if one was held
 * @param accountabilityProposed whether accountability was proposed, if a talk was held
 * @param closedOn the day the rectification was closed
 */
record ClosedRectification(EvaluationVerdict verdict, RectificationGrade grade, String opinion,
		LocalDate admonishingTalkOn, Boolean accountabilityProposed, LocalDate closedOn) {

}
