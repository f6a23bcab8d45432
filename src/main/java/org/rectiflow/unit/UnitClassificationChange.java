package org.rectiflow.unit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One change of a unit's classification (分类调整): who, when, why, from what to what. Never
 * changed once written.
 */
@Entity
@Immutable
@Table(name = "unit_classification_change")
public class UnitClassificationChange {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_classification_change_seq")
	@SequenceGenerator(name = "unit_classification_change_seq", sequenceName = "unit_classification_change_seq",
			allocationSize = 50)
	private Long id;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private UnitPriority oldPriority;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private UnitPriority newPriority;

	/** Category names separated by commas, in enum order; empty for none. */
	@Column(nullable = false, length = 200)
	private String oldCategories;

	@Column(nullable = false, length = 200)
	private String newCategories;

	@Column(nullable = false, length = 500)
	private String reason;

	@Column(nullable = false, length = 64)
	private String changedBy;

	@Column(nullable = false)
	private Instant changedAt;

	protected UnitClassificationChange() {
	}

	UnitClassificationChange(Long unitId, UnitPriority oldPriority, java.util.Set<UnitCategory> oldCategories,
			UnitPriority newPriority, java.util.Set<UnitCategory> newCategories, String reason, String changedBy,
			Instant changedAt) {
		this.unitId = unitId;
		this.oldPriority = oldPriority;
		this.newPriority = newPriority;
		this.oldCategories = names(oldCategories);
		this.newCategories = names(newCategories);
		this.reason = reason;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	private static String names(java.util.Set<UnitCategory> categories) {
		return String.join(",", categories.stream().sorted().map(Enum::name).toList());
	}

	private static java.util.List<UnitCategory> parse(String names) {
		return names.isEmpty() ? java.util.List.of()
				: java.util.Arrays.stream(names.split(",")).map(UnitCategory::valueOf).toList();
	}

	public Long getId() {
		return this.id;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public UnitPriority getOldPriority() {
		return this.oldPriority;
	}

	public UnitPriority getNewPriority() {
		return this.newPriority;
	}

	public java.util.List<UnitCategory> getOldCategories() {
		return parse(this.oldCategories);
	}

	public java.util.List<UnitCategory> getNewCategories() {
		return parse(this.newCategories);
	}

	public String getReason() {
		return this.reason;
	}

	public String getChangedBy() {
		return this.changedBy;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

}
