package org.rectiflow.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.rectiflow.unit.UnitCategory;
import org.rectiflow.unit.UnitPriority;

/** What the round API shows. */
final class RoundViews {

	private RoundViews() {
	}

	record RoundView(Long id, String name, int termStartYear, int termEndYear, LocalDate startsOn, LocalDate endsOn,
			RoundState state, String stateLabel, String createdBy, Instant createdAt) {

		static RoundView of(InspectionRound round) {
			return new RoundView(round.getId(), round.getName(), round.getTermStartYear(), round.getTermEndYear(),
					round.getStartsOn(), round.getEndsOn(), round.getState(), round.getState().label(),
					round.getCreatedBy(), round.getCreatedAt());
		}

	}

	record InspectionView(Long id, Long roundId, String roundName, String unitCode, String unitName, String unitGroupId,
			String townshipGroupId, UnitPriority priority, String priorityLabel, InspectionMode mode, String modeLabel,
			String teamGroupId, AuditMode auditMode, String auditModeLabel, LocalDate plannedEntryOn,
			LocalDate onsiteStartOn, LocalDate onsiteEndOn, LocalDate feedbackOn, InspectionStage stage,
			String stageLabel, RectificationGrade grade, String gradeLabel, String processInstanceId,
			int checklistItemCount, String teamLeaderName, String teamLeaderPhone, EvaluationVerdict evaluationVerdict,
			String evaluationVerdictLabel, String signOffOpinion, LocalDate admonishingTalkOn,
			Boolean accountabilityProposed, LocalDate rectificationClosedOn, String createdBy, Instant createdAt) {

		static InspectionView of(Inspection inspection) {
			return new InspectionView(inspection.getId(), inspection.getRound().getId(),
					inspection.getRound().getName(), inspection.getUnitCode(), inspection.getUnitName(),
					inspection.getUnitGroupId(), inspection.getTownshipGroupId(), inspection.getPriority(),
					inspection.getPriority().label(), inspection.getMode(), inspection.getMode().label(),
					inspection.getTeamGroupId(), inspection.getAuditMode(), inspection.getAuditMode().label(),
					inspection.getPlannedEntryOn(), inspection.getOnsiteStartOn(), inspection.getOnsiteEndOn(),
					inspection.getFeedbackOn(), inspection.getStage(), inspection.getStage().label(),
					inspection.getGrade(), (inspection.getGrade() != null) ? inspection.getGrade().label() : null,
					inspection.getProcessInstanceId(), inspection.getChecklistItemIds().size(),
					inspection.getTeamLeaderName(), inspection.getTeamLeaderPhone(), inspection.getEvaluationVerdict(),
					(inspection.getEvaluationVerdict() != null) ? inspection.getEvaluationVerdict().label() : null,
					inspection.getSignOffOpinion(), inspection.getAdmonishingTalkOn(),
					inspection.getAccountabilityProposed(), inspection.getRectificationClosedOn(),
					inspection.getCreatedBy(), inspection.getCreatedAt());
		}

	}

	record ChecklistItemView(Long id, String code, String text, String areaCode, String areaName, boolean common,
			UnitCategory category, String categoryLabel) {

		static ChecklistItemView of(ChecklistItem item) {
			return new ChecklistItemView(item.getId(), item.getCode(), item.getText(), item.getArea().getCode(),
					item.getArea().getName(), item.isCommon(), item.getCategory(),
					item.isCommon() ? "共性" : item.getCategory().label());
		}

	}

	record ChecklistAreaView(String code, String name, List<ChecklistItemView> items) {

	}

	record CadreView(Long id, String name, String homeUnitCode, String departmentGroupId, String position,
			boolean active, List<CadreRelation> relations, List<CadreSpecialty> specialties,
			CadreAvailability availability, String availabilityNote) {

		static CadreView of(Cadre cadre) {
			return new CadreView(cadre.getId(), cadre.getName(), cadre.getHomeUnitCode(), cadre.getDepartmentGroupId(),
					cadre.getPosition(), cadre.isActive(), cadre.getRelations(), cadre.getSpecialtiesInOrder(),
					cadre.getAvailability(), cadre.getAvailabilityNote());
		}

	}

	record TeamMemberView(Long cadreId, String name, TeamRole role, String roleLabel, String homeUnitCode,
			String departmentGroupId, String addedBy, Instant addedAt) {

		static TeamMemberView of(TeamMember member) {
			Cadre cadre = member.getCadre();
			return new TeamMemberView(cadre.getId(), cadre.getName(), member.getRole(), member.getRole().label(),
					cadre.getHomeUnitCode(), cadre.getDepartmentGroupId(), member.getAddedBy(), member.getAddedAt());
		}

	}

}
