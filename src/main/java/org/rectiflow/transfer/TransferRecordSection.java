package org.rectiflow.transfer;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.rectiflow.common.Labels;
import org.rectiflow.finding.InspectionRecordPage.Option;
import org.rectiflow.finding.InspectionRecordSection;
import org.rectiflow.finding.RecordCounts;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.identity.Department;
import org.rectiflow.identity.Departments;
import org.rectiflow.round.Inspection;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clues and recommendation letters of the page 巡察记录, and their counts for the report
 * ({@code clueCount}, {@code recommendationCount}). Clues are confidential: only readers
 * of the whole record (team, office, supervisors) get the section.
 */
@Component
class TransferRecordSection implements InspectionRecordSection, RecordCounts {

	private final ClueRepository clues;

	private final RecommendationRepository recommendations;

	private final Labels labels;

	private final Departments departments;

	TransferRecordSection(ClueRepository clues, RecommendationRepository recommendations, Labels labels,
			Departments departments) {
		this.clues = clues;
		this.recommendations = recommendations;
		this.labels = labels;
		this.departments = departments;
	}

	@Override
	@Transactional(readOnly = true)
	public Section of(Inspection inspection, CurrentUser user, boolean writable) {
		if (!inspection.workableBy(user) && !user.readsAll()) {
			return null;
		}
		List<ClueRow> clueRows = this.clues.findByInspectionIdOrderById(inspection.getId())
			.stream()
			.filter((clue) -> clue.readableBy(user))
			.map((clue) -> new ClueRow(clue.getId(), clue.getSummary(), clue.isFast() ? "快移快查" : "随报告移交",
					clue.getState().label(), Objects.toString(clue.getTransferredOn(), "—")))
			.toList();
		List<LetterRow> letters = this.recommendations.findByInspectionIdOrderById(inspection.getId())
			.stream()
			.filter((letter) -> letter.readableBy(user))
			.map((letter) -> new LetterRow(letter.getId(), this.labels.group(letter.getDepartmentGroupId()),
					letter.getContent(), letter.getState().label()))
			.toList();
		List<Option> departments = this.departments.functional()
			.stream()
			.sorted(Comparator.comparing(Department::getName))
			.map((d) -> new Option(d.getGroupId(), d.getName()))
			.toList();
		return new Section(10, "record/transfers",
				new Transfers(clueRows, letters, departments, writable && inspection.getStage().beforeFeedback()));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Integer> of(long inspectionId) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("clueCount", this.clues.findByInspectionIdOrderById(inspectionId).size());
		counts.put("recommendationCount", this.recommendations.findByInspectionIdOrderById(inspectionId).size());
		return counts;
	}

	/** What the section shows. */
	record Transfers(List<ClueRow> clues, List<LetterRow> letters, List<Option> departments, boolean writable) {
	}

	/** One clue. */
	record ClueRow(long id, String summary, String way, String stateLabel, String transferredOn) {
	}

	/** One recommendation letter. */
	record LetterRow(long id, String departmentName, String content, String stateLabel) {
	}

}
