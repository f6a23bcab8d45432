package org.rectiflow.finding;

import java.time.LocalDate;

import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.round.Inspection;
import org.rectiflow.round.Inspections;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The writes of the page 巡察记录 that are not findings: the on-site log. Written by the
 * inspection's team and the inspection office until the report is approved.
 */
@Service
class InspectionRecords {

	static final int MAX_QUANTITY = 9999;

	private final Inspections inspections;

	private final OnsiteActivityRepository activities;

	private final ProblemListLock lock;

	private final BusinessDate clock;

	InspectionRecords(Inspections inspections, OnsiteActivityRepository activities, ProblemListLock lock,
			BusinessDate clock) {
		this.inspections = inspections;
		this.activities = activities;
		this.lock = lock;
		this.clock = clock;
	}

	/**
	 * Adds a line to the on-site log.
	 * @throws IllegalArgumentException (400) for a missing or bad value, in Chinese
	 * @throws RuleViolationException (409) after the report was approved
	 */
	@Transactional
	OnsiteActivity log(long inspectionId, OnsiteActivityKind kind, LocalDate heldOn, Integer quantity, String note,
			CurrentUser user) {
		Inspection inspection = this.inspections.workable(inspectionId, user);
		this.lock.requireOpen(inspection);
		if (kind == null) {
			throw new IllegalArgumentException("请选择工作类别（个别谈话、走访、查阅资料或受理群众反映） / Choose what was done");
		}
		if (heldOn == null) {
			throw new IllegalArgumentException("请填写日期 / The date is required");
		}
		if (heldOn.isAfter(this.clock.today())) {
			throw new IllegalArgumentException("日期不能晚于今天 / The date may not be in the future");
		}
		if (quantity == null || quantity < 1 || quantity > MAX_QUANTITY) {
			throw new IllegalArgumentException("数量应为 1 到 " + MAX_QUANTITY + " 的整数（" + kind.unit()
					+ "） / The count must be a whole number from 1 to " + MAX_QUANTITY);
		}
		String text = (note != null && !note.isBlank()) ? note.strip() : null;
		if (text != null && text.length() > 1000) {
			throw new IllegalArgumentException("备注最长 1000 字 / The note has at most 1000 characters");
		}
		return this.activities
			.save(new OnsiteActivity(inspection, kind, heldOn, quantity, text, user.userId(), this.clock.now()));
	}

	/**
	 * Removes a line of the on-site log.
	 * @throws RecordNotFoundException if the inspection has no such line
	 * @throws RuleViolationException (409) after the report was approved
	 */
	@Transactional
	void remove(long inspectionId, long activityId, CurrentUser user) {
		Inspection inspection = this.inspections.workable(inspectionId, user);
		this.lock.requireOpen(inspection);
		OnsiteActivity activity = this.activities.findById(activityId)
			.filter((a) -> a.getInspectionId().equals(inspectionId))
			.orElseThrow(() -> new RecordNotFoundException("进驻工作记录", activityId));
		this.activities.delete(activity);
	}

}
