package org.rectiflow.round;

import java.util.List;

import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.identity.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staffs the team of an inspection from the cadre pool, with the recusal check; every
 * change is kept in the team's history ({@link TeamChange}) with its reason, in the same
 * transaction (decision 0033).
 */
@Service
class Teams {

	/** The reason written when a change came through the API without one. */
	static final String API_REASON = "通过接口调整（未说明理由）";

	/**
	 * The reason written for the cadres of the plan when the round page starts the
	 * inspection.
	 */
	static final String PLAN_REASON = "按巡察计划组建";

	private final Inspections inspections;

	private final CadreRepository cadres;

	private final TeamMemberRepository members;

	private final TeamChangeRepository changes;

	private final BusinessDate clock;

	Teams(Inspections inspections, CadreRepository cadres, TeamMemberRepository members, TeamChangeRepository changes,
			BusinessDate clock) {
		this.clock = clock;
		this.inspections = inspections;
		this.cadres = cadres;
		this.members = members;
		this.changes = changes;
	}

	@Transactional(readOnly = true)
	List<TeamMember> members(long inspectionId, CurrentUser user) {
		return this.members.findByInspectionOrderById(this.inspections.readable(inspectionId, user));
	}

	/** The team's changes, latest first. */
	@Transactional(readOnly = true)
	List<TeamChange> history(long inspectionId, CurrentUser user) {
		this.inspections.readable(inspectionId, user);
		return this.changes.findByInspectionIdOrderByChangedAtDescIdDesc(inspectionId);
	}

	@Transactional
	TeamMember add(long inspectionId, long cadreId, TeamRole role, CurrentUser user) {
		return add(inspectionId, cadreId, role, null, user);
	}

	@Transactional
	TeamMember add(long inspectionId, long cadreId, TeamRole role, String reason, CurrentUser user) {
		Inspection inspection = this.inspections.readable(inspectionId, user);
		requireOffice(user);
		requireBeforeFeedback(inspection);
		Cadre cadre = this.cadres.findById(cadreId).orElseThrow(() -> new RecordNotFoundException("干部", cadreId));
		if (this.members.findByInspectionAndCadre(inspection, cadre).isPresent()) {
			throw new RuleViolationException("该干部已在本巡察组中 / The cadre is already on this team");
		}
		RecusalCheck.check(cadre, inspection);
		TeamMember member = this.members.save(new TeamMember(inspection, cadre, role, user.userId(), this.clock.now()));
		this.changes.save(new TeamChange(inspection.getId(), cadre, TeamChange.Kind.ADDED, role,
				reasonOrDefault(reason), user.userId(), this.clock.now()));
		return member;
	}

	@Transactional
	void remove(long inspectionId, long cadreId, CurrentUser user) {
		remove(inspectionId, cadreId, null, user);
	}

	@Transactional
	void remove(long inspectionId, long cadreId, String reason, CurrentUser user) {
		Inspection inspection = this.inspections.readable(inspectionId, user);
		requireOffice(user);
		Cadre cadre = this.cadres.findById(cadreId).orElseThrow(() -> new RecordNotFoundException("干部", cadreId));
		TeamMember member = this.members.findByInspectionAndCadre(inspection, cadre)
			.orElseThrow(() -> new RecordNotFoundException("巡察组成员", cadreId));
		this.members.delete(member);
		this.changes.save(new TeamChange(inspection.getId(), cadre, TeamChange.Kind.REMOVED, member.getRole(),
				reasonOrDefault(reason), user.userId(), this.clock.now()));
	}

	static void requireBeforeFeedback(Inspection inspection) {
		if (!inspection.getStage().beforeFeedback()) {
			throw new RuleViolationException("已反馈，巡察组不能再调整 / The feedback is given: the team can no longer change");
		}
	}

	private static String reasonOrDefault(String reason) {
		String why = (reason != null) ? reason.strip() : "";
		if (why.length() > 500) {
			throw new IllegalArgumentException("理由不能超过 500 个字 / The reason is too long");
		}
		return why.isEmpty() ? API_REASON : why;
	}

	private static void requireOffice(CurrentUser user) {
		if (!user.isInspectionOffice()) {
			throw new AccessRefusedException("只有巡察办可以调配巡察组成员 / Only the inspection office staffs teams");
		}
	}

}
