package org.rectiflow.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.rectiflow.unit.UnitCategory;

/**
 * 监督清单条目: a common item (共性, no category) or one for units of a category (个性). Reference
 * data, loaded by Liquibase.
 */
@Entity
@Immutable
@Table(name = "checklist_item")
public class ChecklistItem {

	@Id
	private Long id;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "area_id")
	private ChecklistArea area;

	@Column(nullable = false, unique = true, length = 16)
	private String code;

	@Column(nullable = false, length = 500)
	private String text;

	@Enumerated(EnumType.STRING)
	@Column(length = 32)
	private UnitCategory category;

	@Column(nullable = false)
	private int sortOrder;

	protected ChecklistItem() {
	}

	public Long getId() {
		return this.id;
	}

	public ChecklistArea getArea() {
		return this.area;
	}

	public String getCode() {
		return this.code;
	}

	public String getText() {
		return this.text;
	}

	/** The category this item is for, or null for a common item. */
	public UnitCategory getCategory() {
		return this.category;
	}

	public boolean isCommon() {
		return this.category == null;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

}
