package org.rectiflow.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.unit.UnitScope;
import org.rectiflow.unit.UnitScoped;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.unit.InspectedUnit;
import org.rectiflow.unit.UnitPriority;

/**
 * The inspection of one unit in one round; its id is the business key of the process
 * {@code inspection-round}. Keeps copies of the unit's code, name and groups so that
 * lists filter without joins. Its stage and dates change only through the process (see
 * {@link InspectionProgress}).
 */
@Entity
@Table(name = "inspection")
public class Inspection implements UnitScoped {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inspection_seq")
	@SequenceGenerator(name = "inspection_seq", sequenceName = "inspection_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "round_id")
	private InspectionRound round;

	@Column(nullable = false)
	private Long unitId;

	@Embedded
	private UnitScope scope;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private UnitPriority priority;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private InspectionMode mode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private AuditMode auditMode;

	@Column(nullable = false)
	private LocalDate plannedEntryOn;

	private LocalDate onsiteStartOn;

	private LocalDate onsiteEndOn;

	private LocalDate feedbackOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private InspectionStage stage;

	@Enumerated(EnumType.STRING)
	@Column(length = 16)
	private RectificationGrade grade;

	@Column(length = 64)
	private String processInstanceId;

	@Column(length = 50)
	private String teamLeaderName;

	@Column(length = 32)
	private String teamLeaderPhone;

	@Enumerated(EnumType.STRING)
	@Column(length = 8)
	private EvaluationVerdict evaluationVerdict;

	@Column(length = 2000)
	private String signOffOpinion;

	private LocalDate admonishingTalkOn;

	private Boolean accountabilityProposed;

	private LocalDate rectificationClosedOn;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "inspection_checklist_item", joinColumns = @JoinColumn(name = "inspection_id"))
	@Column(name = "item_id")
	private Set<Long> checklistItemIds = new HashSet<>();

	@Column(nullable = false, length = 64)
	private String createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	/** The checklist version this inspection uses (see {@link ChecklistCatalogue}). */
	@jakarta.persistence.Column(name = "checklist_version_id")
	private Long checklistVersionId;

	@Version
	private long version;

	protected Inspection() {
	}

	Inspection(InspectionRound round, InspectedUnit unit, InspectionMode mode, String teamGroupId, AuditMode auditMode,
			LocalDate plannedEntryOn, Set<Long> checklistItemIds, String createdBy, Instant createdAt) {
		this.round = round;
		this.unitId = unit.getId();
		this.priority = unit.getPriority();
		this.mode = mode;
		this.scope = UnitScope.of(unit, teamGroupId);
		this.auditMode = auditMode;
		this.plannedEntryOn = plannedEntryOn;
		this.checklistItemIds.addAll(checklistItemIds);
		this.stage = InspectionStage.PLANNED;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/**
	 * Who may read it: supervisors, the unit, its township and the assigned team.
	 * @param user the caller
	 * @return whether the caller may read this inspection and its records
	 */
	public boolean readableBy(CurrentUser user) {
		return this.scope.readableBy(user);
	}

	/**
	 * Who records its work (findings, fixes on the spot, clues, recommendations): the
	 * assigned team and the inspection office.
	 * @param user the caller
	 * @return whether the caller may add records to this inspection
	 */
	public boolean workableBy(CurrentUser user) {
		return user.isInspectionOffice() || user.inGroup(this.scope.getTeamGroupId());
	}

	void started(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	/**
	 * Moves to a later stage; an earlier or equal stage changes nothing (parallel
	 * branches of the process may report stages out of order, the record keeps the
	 * furthest).
	 * @return whether the stage changed
	 */
	boolean advanceTo(InspectionStage next) {
		if (next.ordinal() <= this.stage.ordinal()) {
			return false;
		}
		this.stage = next;
		return true;
	}

	void onsiteStarted(LocalDate date) {
		advanceTo(InspectionStage.ONSITE);
		this.onsiteStartOn = date;
	}

	void onsiteEnded(LocalDate date) {
		if (this.onsiteStartOn != null && date.isBefore(this.onsiteStartOn)) {
			throw new RuleViolationException("进驻结束日期 " + date + " 早于进驻开始日期 " + this.onsiteStartOn
					+ " / The on-site end is before the on-site start");
		}
		advanceTo(InspectionStage.REPORT);
		this.onsiteEndOn = date;
	}

	void feedbackGiven(LocalDate date) {
		if (this.onsiteEndOn != null && date.isBefore(this.onsiteEndOn)) {
			throw new RuleViolationException("反馈日期 " + date + " 早于进驻结束日期 " + this.onsiteEndOn
					+ " / The feedback date is before the on-site end");
		}
		advanceTo(InspectionStage.FEEDBACK);
		this.feedbackOn = date;
	}

	/**
	 * Takes the plan as the inspection office confirmed it in the process (the form
	 * plan-inspection may change what was planned through the API).
	 */
	void planConfirmed(ConfirmedPlan plan) {
		this.mode = plan.mode();
		this.auditMode = plan.auditMode();
		this.scope = this.scope.withTeam(plan.teamGroupId());
		this.plannedEntryOn = plan.plannedEntryOn();
		this.priority = plan.priority();
		this.teamLeaderName = plan.teamLeaderName();
		this.teamLeaderPhone = plan.teamLeaderPhone();
		advanceTo(InspectionStage.BRIEFING);
	}

	/** The unit's rectification was graded (or vetoed by the villagers' evaluation). */
	void rectificationClosed(ClosedRectification closure) {
		this.evaluationVerdict = closure.verdict();
		this.grade = closure.grade();
		this.signOffOpinion = closure.opinion();
		this.admonishingTalkOn = closure.admonishingTalkOn();
		this.accountabilityProposed = closure.accountabilityProposed();
		this.rectificationClosedOn = closure.closedOn();
		advanceTo(InspectionStage.SIGNED_OFF);
	}

	void selectChecklistItems(Set<Long> itemIds) {
		if (!this.stage.beforeFeedback()) {
			throw new RuleViolationException(
					"已反馈，监督清单不能再修改 / The feedback is given: the checklist can no longer change");
		}
		this.checklistItemIds.clear();
		this.checklistItemIds.addAll(itemIds);
	}

	public Long getId() {
		return this.id;
	}

	@Override
	public UnitScope getScope() {
		return this.scope;
	}

	public InspectionRound getRound() {
		return this.round;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public UnitPriority getPriority() {
		return this.priority;
	}

	public InspectionMode getMode() {
		return this.mode;
	}

	public AuditMode getAuditMode() {
		return this.auditMode;
	}

	public LocalDate getPlannedEntryOn() {
		return this.plannedEntryOn;
	}

	public LocalDate getOnsiteStartOn() {
		return this.onsiteStartOn;
	}

	public LocalDate getOnsiteEndOn() {
		return this.onsiteEndOn;
	}

	public LocalDate getFeedbackOn() {
		return this.feedbackOn;
	}

	public InspectionStage getStage() {
		return this.stage;
	}

	public RectificationGrade getGrade() {
		return this.grade;
	}

	public String getProcessInstanceId() {
		return this.processInstanceId;
	}

	public String getTeamLeaderName() {
		return this.teamLeaderName;
	}

	public String getTeamLeaderPhone() {
		return this.teamLeaderPhone;
	}

	public EvaluationVerdict getEvaluationVerdict() {
		return this.evaluationVerdict;
	}

	public String getSignOffOpinion() {
		return this.signOffOpinion;
	}

	public LocalDate getAdmonishingTalkOn() {
		return this.admonishingTalkOn;
	}

	public Boolean getAccountabilityProposed() {
		return this.accountabilityProposed;
	}

	public LocalDate getRectificationClosedOn() {
		return this.rectificationClosedOn;
	}

	public Set<Long> getChecklistItemIds() {
		return Set.copyOf(this.checklistItemIds);
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	@Override
	public String toString() {
		return "Inspection[" + this.id + " " + this.scope.getUnitCode() + " " + this.stage + "]";
	}

	/** Keeps the checklist version, once: a version once taken stays. */
	void useChecklistVersion(Long versionId) {
		if (this.checklistVersionId == null) {
			this.checklistVersionId = versionId;
		}
	}

	/**
	 * The checklist version this inspection uses; null only for records older than
	 * versions.
	 */
	public Long getChecklistVersionId() {
		return this.checklistVersionId;
	}

}
