package org.rectiflow.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** 监督清单领域: an area of the supervision checklist (reference data). */
@Entity
@Immutable
@Table(name = "checklist_area")
public class ChecklistArea {

	@Id
	private Long id;

	@Column(nullable = false, unique = true, length = 16)
	private String code;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(nullable = false)
	private int sortOrder;

	protected ChecklistArea() {
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

}
