package org.rectiflow.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.unit.UnitScope;
import org.rectiflow.common.Pageables;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.round.Inspection;
import org.rectiflow.round.InspectionStage;
import org.rectiflow.round.Inspections;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fixes on the spot: the team raises one during on-site work, which creates the record
 * and starts its occurrence of the event sub-process 立行立改 (message
 * {@code ImmediateFixRaised}) in one transaction.
 */
@Service
public class ImmediateFixes {

	static final String MESSAGE = "ImmediateFixRaised";

	static final Set<String> SORTS = Set.of("id", "state", "raisedOn", "deadline", "verifiedOn", "unitCode");

	private final ImmediateFixRepository fixes;

	private final Inspections inspections;

	private final FindingRepository findings;

	private final RuntimeService runtime;

	private final BusinessDate dates;

	ImmediateFixes(ImmediateFixRepository fixes, Inspections inspections, FindingRepository findings,
			RuntimeService runtime, BusinessDate dates) {
		this.fixes = fixes;
		this.inspections = inspections;
		this.findings = findings;
		this.runtime = runtime;
		this.dates = dates;
	}

	@Transactional
	ImmediateFix raise(long inspectionId, String problem, Long findingId, CurrentUser user) {
		Inspection inspection = this.inspections.workable(inspectionId, user);
		if (inspection.getStage() != InspectionStage.ONSITE) {
			throw new RuleViolationException("只有在进驻期间才能发起立行立改（当前阶段：" + inspection.getStage().label()
					+ "） / A fix on the spot can only be raised while the team is on site");
		}
		if (findingId != null && this.findings.findById(findingId)
			.filter((finding) -> finding.getInspectionId().equals(inspectionId))
			.isEmpty()) {
			throw new IllegalArgumentException("本次巡察没有问题 " + findingId + " / No such finding in this inspection");
		}
		ImmediateFix fix = this.fixes.saveAndFlush(new ImmediateFix(inspection, findingId, problem.strip(),
				this.dates.today(), user.userId(), this.dates.now()));
		VariableMap variables = Variables.createVariables()
			.putValue("immediateFixId", String.valueOf(fix.getId()))
			.putValue("fixProblem", fix.getProblem())
			.putValue("fixNoticeText", null)
			.putValue("fixDeadline", null)
			.putValue("fixReport", null)
			.putValue("fixMoneyRecoveredYuan", null)
			.putValue("fixDecision", null)
			.putValue("fixReturnReason", null);
		try {
			this.runtime.createMessageCorrelation(MESSAGE)
				.processInstanceId(inspection.getProcessInstanceId())
				.setVariablesToTriggeredScope(variables)
				.correlateWithResult();
		}
		catch (MismatchingMessageCorrelationException ex) {
			throw new RuleViolationException(
					"巡察流程当前不在进驻阶段，不能发起立行立改 / The inspection's process is not on site now: no fix on the spot can start");
		}
		return fix;
	}

	@Transactional(readOnly = true)
	ImmediateFix readable(long id, CurrentUser user) {
		return this.fixes.findById(id)
			.filter((fix) -> fix.readableBy(user))
			.orElseThrow(() -> new RecordNotFoundException("立行立改", id));
	}

	@Transactional(readOnly = true)
	Page<ImmediateFix> list(Long inspectionId, FixState state, Pageable pageable, CurrentUser user) {
		Specification<ImmediateFix> specification = (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			if (!user.readsAll()) {
				all.add(UnitScope.inGroups(cb, root, user.groups()));
			}
			if (inspectionId != null) {
				all.add(cb.equal(root.get("inspectionId"), inspectionId));
			}
			if (state != null) {
				all.add(cb.equal(root.get("state"), state));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
		return this.fixes.findAll(specification, Pageables.checked(pageable, SORTS, UnitScope.SORT_PATHS));
	}

}
