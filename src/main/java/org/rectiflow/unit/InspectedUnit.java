package org.rectiflow.unit;

import java.time.LocalDate;
import java.util.EnumSet;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A township, village or community that is inspected. Each has its own Camunda group; a
 * village also names its township's group, which supervises it.
 */
@Entity
@Table(name = "inspected_unit")
public class InspectedUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inspected_unit_seq")
	@SequenceGenerator(name = "inspected_unit_seq", sequenceName = "inspected_unit_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, unique = true, length = 32)
	private String code;

	@Column(nullable = false, length = 100)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private UnitKind kind;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "township_id")
	private InspectedUnit township;

	@Column(nullable = false, unique = true, length = 64)
	private String groupId;

	@Column(nullable = false, length = 64)
	private String townshipGroupId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private UnitPriority priority;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "inspected_unit_category", joinColumns = @JoinColumn(name = "unit_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "category", length = 32)
	private Set<UnitCategory> categories = EnumSet.noneOf(UnitCategory.class);

	private LocalDate lastInspectedOn;

	@Version
	private long version;

	protected InspectedUnit() {
	}

	static InspectedUnit township(String code, String name) {
		InspectedUnit unit = new InspectedUnit();
		unit.code = code;
		unit.name = name;
		unit.kind = UnitKind.TOWNSHIP;
		unit.groupId = "township-" + code.toLowerCase();
		unit.townshipGroupId = unit.groupId;
		unit.priority = UnitPriority.ORDINARY;
		return unit;
	}

	static InspectedUnit village(InspectedUnit township, String code, String name, UnitKind kind, UnitPriority priority,
			Set<UnitCategory> categories) {
		InspectedUnit unit = new InspectedUnit();
		unit.code = code;
		unit.name = name;
		unit.kind = kind;
		unit.township = township;
		unit.groupId = "village-" + code.toLowerCase();
		unit.townshipGroupId = township.groupId;
		unit.priority = priority;
		unit.categories.addAll(categories);
		return unit;
	}

	void inspectedOn(LocalDate date) {
		this.lastInspectedOn = date;
	}

	/**
	 * Takes the name and classification of an import row.
	 * @return whether anything changed
	 */
	boolean reclassify(String name, UnitPriority priority, Set<UnitCategory> categories) {
		boolean changed = !this.name.equals(name) || this.priority != priority || !this.categories.equals(categories);
		if (changed) {
			this.name = name;
			this.priority = priority;
			this.categories.clear();
			this.categories.addAll(categories);
		}
		return changed;
	}

	/** The township's code, or this unit's own code for a township. */
	public String getTownshipCode() {
		return (this.township != null) ? this.township.getCode() : this.code;
	}

	@Override
	public String toString() {
		return "InspectedUnit[" + this.code + " " + this.name + "]";
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

	public UnitKind getKind() {
		return this.kind;
	}

	public InspectedUnit getTownship() {
		return this.township;
	}

	public String getGroupId() {
		return this.groupId;
	}

	public String getTownshipGroupId() {
		return this.townshipGroupId;
	}

	public UnitPriority getPriority() {
		return this.priority;
	}

	public Set<UnitCategory> getCategories() {
		return Set.copyOf(this.categories);
	}

	public LocalDate getLastInspectedOn() {
		return this.lastInspectedOn;
	}

}
