package org.rectiflow.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An organization that is not an inspected unit: the office, the teams, the partner
 * departments and the functional departments. Each owns exactly one Camunda group.
 */
@Entity
@Table(name = "department")
public class Department {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "department_seq")
	@SequenceGenerator(name = "department_seq", sequenceName = "department_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, unique = true, length = 64)
	private String groupId;

	@Column(nullable = false, length = 100)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private OrganizationKind kind;

	@Version
	private long version;

	protected Department() {
	}

	public Department(String groupId, String name, OrganizationKind kind) {
		this.groupId = groupId;
		this.name = name;
		this.kind = kind;
	}

	public Long getId() {
		return this.id;
	}

	public String getGroupId() {
		return this.groupId;
	}

	public String getName() {
		return this.name;
	}

	public OrganizationKind getKind() {
		return this.kind;
	}

}
