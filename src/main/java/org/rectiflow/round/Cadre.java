package org.rectiflow.round;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A cadre of the inspection talent pool (巡察人才库), from whom teams are staffed. */
@Entity
@Table(name = "cadre")
public class Cadre {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadre_seq")
	@SequenceGenerator(name = "cadre_seq", sequenceName = "cadre_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, length = 50)
	private String name;

	/** The unit the cadre comes from (works or lives in), if any. */
	@Column(length = 32)
	private String homeUnitCode;

	/** The cadre's own organization (a department or township group), if any. */
	@Column(length = 64)
	private String departmentGroupId;

	@Column(length = 100)
	private String position;

	@Column(nullable = false)
	private boolean active = true;

	@ElementCollection
	@CollectionTable(name = "cadre_relation", joinColumns = @JoinColumn(name = "cadre_id"))
	private List<CadreRelation> relations = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "cadre_specialty", joinColumns = @JoinColumn(name = "cadre_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "specialty", length = 32)
	private Set<CadreSpecialty> specialties = EnumSet.noneOf(CadreSpecialty.class);

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private CadreAvailability availability = CadreAvailability.AVAILABLE;

	@Column(length = 200)
	private String availabilityNote;

	@Version
	private long version;

	protected Cadre() {
	}

	Cadre(String name, String homeUnitCode, String departmentGroupId, String position, List<CadreRelation> relations) {
		update(name, homeUnitCode, departmentGroupId, position, true, relations);
	}

	void update(String name, String homeUnitCode, String departmentGroupId, String position, boolean active,
			List<CadreRelation> relations) {
		this.name = name;
		this.homeUnitCode = homeUnitCode;
		this.departmentGroupId = departmentGroupId;
		this.position = position;
		this.active = active;
		this.relations.clear();
		this.relations.addAll(relations);
	}

	/** Takes the specialties and availability the office entered. */
	void profile(Set<CadreSpecialty> specialties, CadreAvailability availability, String availabilityNote) {
		this.specialties.clear();
		this.specialties.addAll(specialties);
		this.availability = (availability != null) ? availability : CadreAvailability.AVAILABLE;
		this.availabilityNote = availabilityNote;
	}

	public Set<CadreSpecialty> getSpecialties() {
		return (this.specialties.isEmpty()) ? Set.of() : Set.copyOf(EnumSet.copyOf(this.specialties));
	}

	/** The specialties in their declared order. */
	public List<CadreSpecialty> getSpecialtiesInOrder() {
		return this.specialties.stream().sorted().toList();
	}

	public CadreAvailability getAvailability() {
		return this.availability;
	}

	public String getAvailabilityNote() {
		return this.availabilityNote;
	}

	/** The recorded relation to the leaders of a unit, if any. */
	Optional<CadreRelation> relationTo(String unitCode) {
		return this.relations.stream().filter((relation) -> relation.unitCode().equals(unitCode)).findFirst();
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getHomeUnitCode() {
		return this.homeUnitCode;
	}

	public String getDepartmentGroupId() {
		return this.departmentGroupId;
	}

	public String getPosition() {
		return this.position;
	}

	public boolean isActive() {
		return this.active;
	}

	public List<CadreRelation> getRelations() {
		return List.copyOf(this.relations);
	}

	@Override
	public String toString() {
		return "Cadre[" + this.id + "]";
	}

}
