/**
 * Supervision (督查督办): the letters of the warning ladder and the supervisors' own actions.
 * <p>
 * The {@code warningLetterSender} bean is called by the warning timers of
 * {@code rectification-item} (提示函 at green and yellow, 督办函 and 挂牌督办 at red, 约谈通知 when
 * long overdue) and by the overdue timers of {@code clue-handling} and
 * {@code recommendation-handling} (催办函). A supervisor's action — 提示函, 督办函, 挂牌督办 or 约谈 —
 * is a message {@code SupervisionActionRequested} to the item's process, whose
 * {@code supervisionActionTaker} step issues the letter: nothing here changes an item
 * directly. Every letter has a number that is unique and gap-free per kind and year
 * (drawn under a row lock in the letter's own transaction), is printable as a PDF, and is
 * announced to its recipients through the notification module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision letters", allowedDependencies = { "calendar",
		"common", "identity", "notification", "rectification", "transfer", "workflow" })
package org.rectiflow.supervision;
