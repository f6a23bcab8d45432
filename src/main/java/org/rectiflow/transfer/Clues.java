package org.rectiflow.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.unit.UnitScope;
import org.rectiflow.common.Pageables;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.finding.Findings;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.identity.GroupIds;
import org.rectiflow.round.Inspection;
import org.rectiflow.round.InspectionStage;
import org.rectiflow.round.Inspections;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Problem clues: recorded by the team (or the office) until the report is heard; a fast
 * clue (快移快查) goes to the discipline commission at once through the message
 * {@code FastClueRaised}, in the same transaction as the record.
 */
@Service
class Clues {

	static final String MESSAGE = "FastClueRaised";

	static final Set<String> SORTS = Set.of("id", "state", "transferredOn", "replyDueOn", "repliedOn", "unitCode");

	private static final Set<String> READERS = Set.of(GroupIds.INSPECTION_OFFICE, GroupIds.LEADING_GROUP,
			GroupIds.DISCIPLINE_COMMISSION, GroupIds.CAMUNDA_ADMIN);

	private final ClueRepository clues;

	private final Inspections inspections;

	private final Findings findings;

	private final RuntimeService runtime;

	private final ReplyPeriod replyPeriod;

	private final BusinessDate dates;

	Clues(ClueRepository clues, Inspections inspections, Findings findings, RuntimeService runtime,
			ReplyPeriod replyPeriod, BusinessDate dates) {
		this.clues = clues;
		this.inspections = inspections;
		this.findings = findings;
		this.runtime = runtime;
		this.replyPeriod = replyPeriod;
		this.dates = dates;
	}

	@Transactional
	Clue record(ClueForm form, CurrentUser user) {
		Inspection inspection = this.inspections.workable(form.inspectionId(), user);
		if (!inspection.getStage().beforeFeedback()) {
			throw new RuleViolationException("巡察报告已听取，不能再登记线索 / The report was heard: no more clues can be recorded");
		}
		if (form.fast() && inspection.getStage() != InspectionStage.ONSITE) {
			throw new RuleViolationException("快移快查只能在进驻期间发起 / A fast transfer is only possible while on site");
		}
		if (form.findingId() != null
				&& !this.findings.get(form.findingId()).getInspectionId().equals(inspection.getId())) {
			throw new IllegalArgumentException(
					"本次巡察没有问题 " + form.findingId() + " / No such finding in this inspection");
		}
		Clue clue = this.clues.saveAndFlush(new Clue(inspection, form.findingId(), form.summary().strip(), form.fast(),
				user.userId(), Instant.now()));
		if (form.fast()) {
			LocalDate today = this.dates.today();
			clue.fastTransferred(today, this.replyPeriod.dueAfter(today));
			try {
				this.runtime.createMessageCorrelation(MESSAGE)
					.processInstanceId(inspection.getProcessInstanceId())
					.setVariablesToTriggeredScope(Variables.createVariables()
						.putValue("clueId", String.valueOf(clue.getId()))
						.putValue("clueSummary", clue.getSummary())
						.putValue("fastClueHandler", null)
						.putValue("fastClueNote", null))
					.correlateWithResult();
			}
			catch (MismatchingMessageCorrelationException ex) {
				throw new RuleViolationException("巡察流程当前不在进驻阶段，不能快移线索 / The inspection's process is not on site now");
			}
		}
		return clue;
	}

	@Transactional(readOnly = true)
	Clue readable(long id, CurrentUser user) {
		return this.clues.findById(id)
			.filter((clue) -> clue.readableBy(user))
			.orElseThrow(() -> new RecordNotFoundException("问题线索", id));
	}

	@Transactional(readOnly = true)
	Page<Clue> list(ClueFilter filter, Pageable pageable, CurrentUser user) {
		LocalDate today = this.dates.today();
		Specification<Clue> specification = (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			if (READERS.stream().noneMatch(user::inGroup)) {
				all.add(user.groups().isEmpty() ? cb.disjunction()
						: root.get("scope").get("teamGroupId").in(user.groups()));
			}
			if (filter.inspectionId() != null) {
				all.add(cb.equal(root.get("inspectionId"), filter.inspectionId()));
			}
			if (filter.state() != null) {
				all.add(cb.equal(root.get("state"), filter.state()));
			}
			if (filter.fast() != null) {
				all.add(cb.equal(root.get("fast"), filter.fast()));
			}
			if (filter.overdue() != null) {
				Predicate late = cb.and(root.get("state").in(ClueState.TRANSFERRED, ClueState.ACCEPTED),
						cb.lessThan(root.get("replyDueOn"), today));
				all.add(filter.overdue() ? late : cb.not(late));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
		return this.clues.findAll(specification, Pageables.checked(pageable, SORTS, UnitScope.SORT_PATHS));
	}

	/**
	 * The filters of the clue list; each may be null.
	 *
	 * @param inspectionId the inspection
	 * @param state the state
	 * @param fast only fast (or only ordinary) transfers
	 * @param overdue only clues whose reply is (not) late
	 */
	record ClueFilter(Long inspectionId, ClueState state, Boolean fast, Boolean overdue) {

	}

}
