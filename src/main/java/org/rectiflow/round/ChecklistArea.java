package org.rectiflow.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * 监督清单领域: an area of the supervision checklist, in one version. Only a draft version's
 * areas change.
 */
@Entity
@Table(name = "checklist_area")
public class ChecklistArea {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "checklist_area_seq")
	@SequenceGenerator(name = "checklist_area_seq", sequenceName = "checklist_area_seq", allocationSize = 50)
	private Long id;

	@Column(name = "version_id", nullable = false)
	private Long versionId;

	@Column(nullable = false, length = 16)
	private String code;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(nullable = false)
	private int sortOrder;

	protected ChecklistArea() {
	}

	ChecklistArea(Long versionId, String code, String name, int sortOrder) {
		this.versionId = versionId;
		this.code = code;
		this.name = name;
		this.sortOrder = sortOrder;
	}

	public Long getVersionId() {
		return this.versionId;
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
