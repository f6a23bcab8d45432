package org.rectiflow.round;

import java.util.List;

import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.identity.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staffs the team of an inspection from the cadre pool, with the recusal check. */
@Service
class Teams {

	private final Inspections inspections;

	private final CadreRepository cadres;

	private final TeamMemberRepository members;

	private final BusinessDate clock;

	Teams(Inspections inspections, CadreRepository cadres, TeamMemberRepository members, BusinessDate clock) {
		this.clock = clock;
		this.inspections = inspections;
		this.cadres = cadres;
		this.members = members;
	}

	@Transactional(readOnly = true)
	List<TeamMember> members(long inspectionId, CurrentUser user) {
		return this.members.findByInspectionOrderById(this.inspections.readable(inspectionId, user));
	}

	@Transactional
	TeamMember add(long inspectionId, long cadreId, TeamRole role, CurrentUser user) {
		Inspection inspection = this.inspections.readable(inspectionId, user);
		requireOffice(user);
		if (!inspection.getStage().beforeFeedback()) {
			throw new RuleViolationException("已反馈，巡察组不能再调整 / The feedback is given: the team can no longer change");
		}
		Cadre cadre = this.cadres.findById(cadreId).orElseThrow(() -> new RecordNotFoundException("干部", cadreId));
		if (this.members.findByInspectionAndCadre(inspection, cadre).isPresent()) {
			throw new RuleViolationException("该干部已在本巡察组中 / The cadre is already on this team");
		}
		RecusalCheck.check(cadre, inspection);
		return this.members.save(new TeamMember(inspection, cadre, role, user.userId(), this.clock.now()));
	}

	@Transactional
	void remove(long inspectionId, long cadreId, CurrentUser user) {
		Inspection inspection = this.inspections.readable(inspectionId, user);
		requireOffice(user);
		Cadre cadre = this.cadres.findById(cadreId).orElseThrow(() -> new RecordNotFoundException("干部", cadreId));
		TeamMember member = this.members.findByInspectionAndCadre(inspection, cadre)
			.orElseThrow(() -> new RecordNotFoundException("巡察组成员", cadreId));
		this.members.delete(member);
	}

	private static void requireOffice(CurrentUser user) {
		if (!user.isInspectionOffice()) {
			throw new AccessRefusedException("只有巡察办可以调配巡察组成员 / Only the inspection office staffs teams");
		}
	}

}
