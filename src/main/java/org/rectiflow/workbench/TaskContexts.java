package org.rectiflow.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rectiflow.common.Labels;
import org.rectiflow.finding.Findings;
import org.rectiflow.finding.RecordCounts;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.rectification.ItemDetail;
import org.rectiflow.rectification.ItemTimeline;
import org.rectiflow.rectification.LedgerQueries;
import org.rectiflow.rectification.TimelineEntry;

import org.springframework.stereotype.Service;

/**
 * Reads a task page's context from the modules that own it, through their public types.
 */
@Service
class TaskContexts {

	/** The variables that carry a return's reason, in the processes' forms. */
	private static final List<String> RETURN_REASONS = List.of("lastReturnReason", "planReturnReason",
			"reportReturnReason", "fixReturnReason");

	private final LedgerQueries ledger;

	private final ItemTimeline timeline;

	private final Findings findings;

	private final Labels labels;

	private final EvidenceRequirement evidence;

	private final List<RecordCounts> counts;

	/** The steps on site, whose record link reads 巡察记录. */
	private static final Set<String> ONSITE_STEPS = Set.of("Task_ConductOnsite", "Task_IssueFixNotice",
			"Task_VerifyFix", "Task_FixOnSpot");

	/** The steps whose forms show figures counted from the records. */
	private static final Set<String> COUNTED_STEPS = Set.of("Task_ConductOnsite", "Task_DraftReport",
			"Task_ReviewReport", "Task_HearReport");

	TaskContexts(LedgerQueries ledger, ItemTimeline timeline, Findings findings, Labels labels,
			EvidenceRequirement evidence, List<RecordCounts> counts) {
		this.counts = counts;
		this.ledger = ledger;
		this.timeline = timeline;
		this.findings = findings;
		this.labels = labels;
		this.evidence = evidence;
	}

	TaskContext of(WorkbenchTasks.OpenTask open, CurrentUser user) {
		Long itemId = open.itemId();
		ItemDetail item = (itemId != null && this.ledger.exists(itemId)) ? this.ledger.detail(itemId, user) : null;
		List<TimelineEntry> entries = (item != null) ? this.timeline.of(itemId, user) : List.of();
		String unit = (item != null) ? item.item().unitName() : open.variable("unitName");
		String township = (item != null) ? item.item().townshipName() : null;
		Long inspectionId = open.inspectionId();
		String recordUrl = (inspectionId != null) ? "/inspections/" + inspectionId + "/record" : null;
		String recordLabel = ONSITE_STEPS.contains(open.task().getTaskDefinitionKey()) ? "巡察记录" : "问题清单";
		return new TaskContext(unit, township, item, entries, problems(open, user), returnReasons(open),
				this.evidence.takesEvidence(open.task()) && item != null, recordUrl, recordLabel);
	}

	/**
	 * The task's variables with, for a step of an inspection, the report's figures
	 * counted from its records (巡察记录) now: the forms of 开展进驻巡察 and 起草巡察报告 show them, and
	 * the step's complete listener writes them.
	 */
	Map<String, Object> variables(WorkbenchTasks.OpenTask open) {
		Long inspectionId = open.inspectionId();
		if (inspectionId == null || !COUNTED_STEPS.contains(open.task().getTaskDefinitionKey())) {
			return open.variables();
		}
		Map<String, Object> variables = new LinkedHashMap<>(open.variables());
		for (RecordCounts source : this.counts) {
			variables.putAll(source.of(inspectionId));
		}
		return variables;
	}

	private List<TaskContext.Problem> problems(WorkbenchTasks.OpenTask open, CurrentUser user) {
		Long inspectionId = open.inspectionId();
		if (inspectionId == null) {
			return List.of();
		}
		return this.findings.ofInspection(inspectionId)
			.stream()
			.filter((finding) -> finding.readableBy(user))
			.map((finding) -> new TaskContext.Problem(finding.getSeqNo(), finding.getText(),
					this.labels.of(finding.getCategory()), this.labels.group(finding.getSupervisingDeptGroupId())))
			.toList();
	}

	private static List<String> returnReasons(WorkbenchTasks.OpenTask open) {
		List<String> reasons = new ArrayList<>();
		for (String name : RETURN_REASONS) {
			String reason = open.variable(name);
			if (reason != null && !reason.isBlank() && !reasons.contains(reason)) {
				reasons.add(reason);
			}
		}
		return reasons;
	}

}
