package org.rectiflow.round;

import jakarta.persistence.Column;
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
import org.rectiflow.unit.UnitCategory;

/**
 * 监督清单条目: a common item (共性, no category) or one for units of a category (个性), in one
 * version. The default catalogue is loaded by Liquibase; only a draft version's items
 * change.
 */
@Entity
@Table(name = "checklist_item")
public class ChecklistItem {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "checklist_item_seq")
	@SequenceGenerator(name = "checklist_item_seq", sequenceName = "checklist_item_seq", allocationSize = 50)
	private Long id;

	@Column(name = "version_id", nullable = false)
	private Long versionId;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "area_id")
	private ChecklistArea area;

	@Column(nullable = false, length = 16)
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

	ChecklistItem(ChecklistArea area, String code, String text, UnitCategory category, int sortOrder) {
		this.versionId = area.getVersionId();
		this.area = area;
		this.code = code;
		this.text = text;
		this.category = category;
		this.sortOrder = sortOrder;
	}

	void change(String text, UnitCategory category) {
		this.text = text;
		this.category = category;
	}

	public Long getVersionId() {
		return this.versionId;
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
