package org.rectiflow.workbench;

import java.util.ArrayList;
import java.util.List;

import org.rectiflow.common.Labels;
import org.rectiflow.finding.Findings;
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

	TaskContexts(LedgerQueries ledger, ItemTimeline timeline, Findings findings, Labels labels,
			EvidenceRequirement evidence) {
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
		return new TaskContext(unit, township, item, entries, problems(open, user), returnReasons(open),
				this.evidence.takesEvidence(open.task()) && item != null);
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
