package org.rectiflow.finding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.common.Labels;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.identity.Department;
import org.rectiflow.identity.Departments;
import org.rectiflow.identity.UserNames;
import org.rectiflow.round.ChecklistCatalogue;
import org.rectiflow.round.ChecklistItem;
import org.rectiflow.round.Inspection;
import org.rectiflow.round.InspectionStage;
import org.rectiflow.round.Inspections;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * Reads the page 巡察记录 ({@code /inspections/{id}/record}) for one reader: the team and the
 * inspection office write it until the report is approved; the office, the leading group
 * and the other supervisors read all of it; the inspected village and its township read
 * the problem list only, from the feedback on (反馈 is when they are told). Other modules
 * answer their own forms with it ({@link #show}).
 */
@Component
public class InspectionRecordPage {

	/** The view of the page. */
	public static final String VIEW = "record/page";

	private final Inspections inspections;

	private final FindingRepository findings;

	private final OnsiteActivityRepository activities;

	private final ImmediateFixRepository fixes;

	private final Reporters reporters;

	private final ProblemListLock lock;

	private final Labels labels;

	private final Departments departments;

	private final ChecklistCatalogue checklist;

	private final List<InspectionRecordSection> sections;

	private final UserNames userNames;

	InspectionRecordPage(UserNames userNames, Inspections inspections, FindingRepository findings,
			OnsiteActivityRepository activities, ImmediateFixRepository fixes, Reporters reporters,
			ProblemListLock lock, Labels labels, Departments departments, ChecklistCatalogue checklist,
			List<InspectionRecordSection> sections) {
		this.inspections = inspections;
		this.findings = findings;
		this.activities = activities;
		this.fixes = fixes;
		this.reporters = reporters;
		this.lock = lock;
		this.labels = labels;
		this.departments = departments;
		this.checklist = checklist;
		this.sections = sections;
		this.userNames = userNames;
	}

	/**
	 * Fills the model of the page for this reader.
	 * @param inspectionId the inspection
	 * @param user the reader
	 * @param error a refusal to show above the page, or null
	 * @param model the model
	 * @return the view
	 * @throws org.rectiflow.common.RecordNotFoundException (404) if there is no such
	 * inspection
	 * @throws AccessRefusedException (403) if the reader may not read it
	 */
	@Transactional(readOnly = true)
	public String show(long inspectionId, CurrentUser user, String error, Model model) {
		model.addAttribute("r", read(inspectionId, user));
		model.addAttribute("recordError", error);
		return VIEW;
	}

	@Transactional(readOnly = true)
	RecordView read(long inspectionId, CurrentUser user) {
		Inspection inspection = this.inspections.get(inspectionId);
		if (!inspection.readableBy(user)) {
			// README "Console": a record outside one's scope is a 403 page, not 404
			throw new AccessRefusedException("这次巡察的记录不在您的查看范围内 / This inspection's record is outside your scope");
		}
		boolean workable = inspection.workableBy(user);
		boolean approved = this.lock.approved(inspection);
		boolean writable = workable && !approved;
		boolean full = workable || user.readsAll();
		boolean listVisible = full || !inspection.getStage().beforeFeedback();
		Map<Long, String> itemCodes = this.checklist.all()
			.stream()
			.collect(Collectors.toMap(ChecklistItem::getId, ChecklistItem::getCode));
		List<FindingRow> rows = listVisible ? this.findings.findByInspectionIdOrderBySeqNo(inspectionId)
			.stream()
			.map((finding) -> row(finding, itemCodes, full))
			.toList() : List.of();
		Map<OnsiteActivityKind, Integer> sums = new EnumMap<>(OnsiteActivityKind.class);
		List<ActivityRow> log = List.of();
		List<FixRow> fixRows = List.of();
		List<InspectionRecordSection.Section> parts = List.of();
		if (full) {
			Arrays.stream(OnsiteActivityKind.values()).forEach((kind) -> sums.put(kind, 0));
			log = this.activities.findByInspectionIdOrderByHeldOnDescIdDesc(inspectionId)
				.stream()
				.peek((a) -> sums.merge(a.getKind(), a.getQuantity(), Integer::sum))
				.map((a) -> new ActivityRow(a.getId(), a.getKind().label(), a.getHeldOn().toString(),
						a.getQuantity() + " " + a.getKind().unit(), a.getNote(), this.userNames.of(a.getCreatedBy())))
				.toList();
			fixRows = this.fixes.findByInspectionIdOrderByIdDesc(inspectionId)
				.stream()
				.map((fix) -> new FixRow(fix.getId(), fix.getProblem(), fix.getState().label(),
						Objects.toString(fix.getRaisedOn(), ""), Objects.toString(fix.getDeadline(), "")))
				.toList();
			parts = this.sections.stream()
				.map((section) -> section.of(inspection, user, writable))
				.filter(Objects::nonNull)
				.sorted(Comparator.comparingInt(InspectionRecordSection.Section::order))
				.toList();
		}
		List<Total> totals = sums.entrySet()
			.stream()
			.map((e) -> new Total(e.getKey().name(), e.getKey().label(), e.getKey().unit(), e.getValue()))
			.toList();
		List<ChecklistItem> items = inspection.getChecklistItemIds().isEmpty() ? this.checklist.all()
				: this.checklist.require(inspection.getChecklistItemIds());
		return new RecordView(inspection.getId(), inspection.getUnitName(),
				this.labels.group(inspection.getTownshipGroupId()), this.labels.group(inspection.getTeamGroupId()),
				inspection.getStage().label(), workable, writable, approved, full, listVisible,
				inspection.getStage() == InspectionStage.ONSITE, rows, totals, log, fixRows, parts,
				options(FindingCategory.values()), options(FindingSource.values()), options(Severity.values()),
				options(OnsiteActivityKind.values()),
				this.departments.functional()
					.stream()
					.sorted(Comparator.comparing(Department::getName))
					.map((d) -> new Option(d.getGroupId(), d.getName()))
					.toList(),
				items.stream()
					.map((item) -> new Option(String.valueOf(item.getId()), item.getCode() + " " + item.getText()))
					.toList());
	}

	private FindingRow row(Finding finding, Map<Long, String> itemCodes, boolean full) {
		List<String> codes = finding.getChecklistItemIds()
			.stream()
			.map(itemCodes::get)
			.filter(Objects::nonNull)
			.sorted()
			.toList();
		return new FindingRow(finding.getId(), finding.getSeqNo(), finding.getText(), finding.getCategory().name(),
				finding.getCategory().label(), finding.getSource().name(), finding.getSource().label(),
				finding.getSeverity().name(), finding.getSeverity().label(), finding.getSupervisingDeptGroupId(),
				this.labels.group(finding.getSupervisingDeptGroupId()),
				finding.getChecklistItemIds().stream().map(String::valueOf).toList(), String.join("、", codes),
				finding.getMoneyRecoveredYuan(), full && finding.getSource() == FindingSource.VILLAGER_REPORT
						&& this.reporters.recorded(finding.getId()));
	}

	private static <E extends Enum<E> & org.rectiflow.common.Labelled> List<Option> options(E[] values) {
		List<Option> options = new ArrayList<>();
		for (E value : values) {
			options.add(new Option(value.name(), value.label()));
		}
		return options;
	}

	static Function<String, String> chinese() {
		return (message) -> {
			int english = (message != null) ? message.indexOf(" / ") : -1;
			return (english > 0) ? message.substring(0, english) : message;
		};
	}

	/** A choice of a select. */
	public record Option(String value, String label) {
	}

	/** What the page shows. */
	public record RecordView(long inspectionId, String unitName, String townshipName, String teamName,
			String stageLabel, boolean workable, boolean writable, boolean approved, boolean full, boolean listVisible,
			boolean onsite, List<FindingRow> findings, List<Total> totals, List<ActivityRow> activities,
			List<FixRow> fixes, List<InspectionRecordSection.Section> sections, List<Option> categories,
			List<Option> sources, List<Option> severities, List<Option> kinds, List<Option> departments,
			List<Option> checklistItems) {
	}

	/** One finding, with names. */
	public record FindingRow(long id, int seqNo, String text, String category, String categoryLabel, String source,
			String sourceLabel, String severity, String severityLabel, String departmentGroupId, String departmentName,
			List<String> checklistItemIds, String checklistCodes, BigDecimal moneyRecoveredYuan,
			boolean reporterRecorded) {
	}

	/** The total of one kind of on-site work. */
	public record Total(String kind, String label, String unit, int sum) {
	}

	/** One line of the on-site log. */
	public record ActivityRow(long id, String kindLabel, String heldOn, String quantity, String note,
			String recordedBy) {
	}

	/** One fix on the spot. */
	public record FixRow(long id, String problem, String stateLabel, String raisedOn, String deadline) {
	}

}
