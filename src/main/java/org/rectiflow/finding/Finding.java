package org.rectiflow.finding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

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
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.round.Inspection;
import org.rectiflow.round.InspectionRecord;

/**
 * One problem found by an inspection (巡察发现的问题). Its id is also the id (and business key)
 * of its rectification item. Keeps copies of the unit, township and team groups and the
 * supervising department for lists and access without joins.
 * <p>
 * A villager's identity, when the problem came from a report, is not here: it lives
 * encrypted in {@link ReporterIdentity}, which no association reaches, so that loading,
 * printing or serializing a finding can never show it.
 */
@Entity
@Table(name = "finding")
public class Finding extends InspectionRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finding_seq")
	@SequenceGenerator(name = "finding_seq", sequenceName = "finding_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private int seqNo;

	@Column(nullable = false, length = 2000)
	private String text;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private FindingCategory category;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private FindingSource source;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Severity severity;

	@Column(nullable = false, length = 64)
	private String supervisingDeptGroupId;

	@Column(precision = 14, scale = 2)
	private BigDecimal moneyRecoveredYuan;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "finding_checklist_item", joinColumns = @JoinColumn(name = "finding_id"))
	@Column(name = "item_id")
	private Set<Long> checklistItemIds = new HashSet<>();

	@Column(length = 120, unique = true)
	private String originKey;

	private LocalDate registeredOn;

	@Column(nullable = false, length = 64)
	private String createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Finding() {
	}

	Finding(Inspection inspection, int seqNo, FindingContent content, String originKey, String createdBy,
			Instant createdAt) {
		super(inspection);
		this.seqNo = seqNo;
		this.originKey = originKey;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		take(content);
	}

	/**
	 * Who may read it: supervisors, the unit, its township, the team and the supervising
	 * department.
	 */
	public boolean readableBy(CurrentUser user) {
		return getScope().readableBy(user, this.supervisingDeptGroupId);
	}

	/**
	 * Takes new content while the problem list is still a draft.
	 * @return whether anything changed
	 */
	boolean change(FindingContent content) {
		if (this.registeredOn != null) {
			throw new RuleViolationException("问题清单已于 " + this.registeredOn
					+ " 登记，不能再修改 / The problem list is registered: the finding can no longer change");
		}
		if (content.equals(content())) {
			return false;
		}
		take(content);
		return true;
	}

	/** The problem list was registered after the leading group heard the report. */
	void registered(LocalDate date) {
		if (this.registeredOn == null) {
			this.registeredOn = date;
		}
	}

	FindingContent content() {
		return new FindingContent(this.text, this.category, Set.copyOf(this.checklistItemIds), this.source,
				this.severity, this.supervisingDeptGroupId, this.moneyRecoveredYuan);
	}

	private void take(FindingContent content) {
		this.text = content.text();
		this.category = content.category();
		this.checklistItemIds.clear();
		this.checklistItemIds.addAll(content.checklistItemIds());
		this.source = content.source();
		this.severity = content.severity();
		this.supervisingDeptGroupId = content.supervisingDeptGroupId();
		this.moneyRecoveredYuan = content.moneyRecoveredYuan();
	}

	public Long getId() {
		return this.id;
	}

	public int getSeqNo() {
		return this.seqNo;
	}

	public String getText() {
		return this.text;
	}

	public FindingCategory getCategory() {
		return this.category;
	}

	public FindingSource getSource() {
		return this.source;
	}

	public Severity getSeverity() {
		return this.severity;
	}

	public String getSupervisingDeptGroupId() {
		return this.supervisingDeptGroupId;
	}

	public BigDecimal getMoneyRecoveredYuan() {
		return this.moneyRecoveredYuan;
	}

	public Set<Long> getChecklistItemIds() {
		return Set.copyOf(this.checklistItemIds);
	}

	public LocalDate getRegisteredOn() {
		return this.registeredOn;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	@Override
	public String toString() {
		return "Finding[" + this.id + " inspection " + getInspectionId() + " #" + this.seqNo + "]";
	}

}
