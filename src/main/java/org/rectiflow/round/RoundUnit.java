package org.rectiflow.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A unit in a round's plan (巡察轮次的安排): the mode suggested by its classification and the
 * one chosen (a change keeps its reason), its team and cadres, and its dates. Starting it
 * plans the {@link Inspection} and starts its process, as {@code POST /api/inspections}
 * does; from then on the inspection is the record and this row links to it.
 */
@Entity
@Table(name = "round_unit")
class RoundUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "round_unit_seq")
	@SequenceGenerator(name = "round_unit_seq", sequenceName = "round_unit_seq", allocationSize = 50)
	private Long id;

	@Column(name = "round_id", nullable = false)
	private Long roundId;

	@Column(nullable = false, length = 32)
	private String unitCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private InspectionMode suggestedMode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private InspectionMode mode;

	@Column(length = 500)
	private String modeReason;

	@Column(length = 64)
	private String modeChangedBy;

	private Instant modeChangedAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private AuditMode auditMode;

	@Column(length = 64)
	private String teamGroupId;

	private LocalDate entryOn;

	private LocalDate leaveOn;

	private Long inspectionId;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "round_unit_member", joinColumns = @JoinColumn(name = "round_unit_id"))
	private List<RoundUnitMember> members = new ArrayList<>();

	@Column(nullable = false, length = 64)
	private String addedBy;

	@Column(nullable = false)
	private Instant addedAt;

	@Column(length = 64)
	private String startedBy;

	private Instant startedAt;

	@Version
	private long version;

	protected RoundUnit() {
	}

	RoundUnit(Long roundId, String unitCode, InspectionMode suggestedMode, String addedBy, Instant addedAt) {
		this.roundId = roundId;
		this.unitCode = unitCode;
		this.suggestedMode = suggestedMode;
		this.mode = suggestedMode;
		this.auditMode = AuditMode.AUDIT_ALONGSIDE;
		this.addedBy = addedBy;
		this.addedAt = addedAt;
	}

	boolean isStarted() {
		return this.inspectionId != null;
	}

	/** Sets the mode; a mode other than the suggested one keeps its reason. */
	void choose(InspectionMode mode, String reason, String by, Instant at) {
		if (mode == this.mode && (reason == null || reason.equals(this.modeReason))) {
			return;
		}
		this.mode = mode;
		this.modeReason = (mode == this.suggestedMode) ? null : reason;
		this.modeChangedBy = by;
		this.modeChangedAt = at;
	}

	void plan(AuditMode auditMode, String teamGroupId, LocalDate entryOn, LocalDate leaveOn) {
		this.auditMode = auditMode;
		this.teamGroupId = teamGroupId;
		this.entryOn = entryOn;
		this.leaveOn = leaveOn;
	}

	void addMember(RoundUnitMember member) {
		this.members.add(member);
	}

	boolean removeMember(long cadreId) {
		return this.members.removeIf((member) -> member.cadreId() == cadreId);
	}

	void started(long inspectionId, String by, Instant at) {
		this.inspectionId = inspectionId;
		this.startedBy = by;
		this.startedAt = at;
	}

	Long getId() {
		return this.id;
	}

	Long getRoundId() {
		return this.roundId;
	}

	String getUnitCode() {
		return this.unitCode;
	}

	InspectionMode getSuggestedMode() {
		return this.suggestedMode;
	}

	InspectionMode getMode() {
		return this.mode;
	}

	String getModeReason() {
		return this.modeReason;
	}

	String getModeChangedBy() {
		return this.modeChangedBy;
	}

	Instant getModeChangedAt() {
		return this.modeChangedAt;
	}

	AuditMode getAuditMode() {
		return this.auditMode;
	}

	String getTeamGroupId() {
		return this.teamGroupId;
	}

	LocalDate getEntryOn() {
		return this.entryOn;
	}

	LocalDate getLeaveOn() {
		return this.leaveOn;
	}

	Long getInspectionId() {
		return this.inspectionId;
	}

	List<RoundUnitMember> getMembers() {
		return List.copyOf(this.members);
	}

	String getStartedBy() {
		return this.startedBy;
	}

	Instant getStartedAt() {
		return this.startedAt;
	}

}
