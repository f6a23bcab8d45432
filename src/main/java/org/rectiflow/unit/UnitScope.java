package org.rectiflow.unit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;

import org.rectiflow.identity.CurrentUser;

/**
 * Whose record this is: the inspected unit, its township and the inspection's team,
 * copied onto every record of an inspection (the inspection itself, its findings,
 * immediate fixes, clues and recommendations) so that lists filter by scope without
 * joins. One embeddable, so that the columns, the getters and the scope check are written
 * once.
 */
@Embeddable
public class UnitScope {

	/** Sort parameters of the lists that name a scope field, and their property paths. */
	public static final Map<String, String> SORT_PATHS = Map.of("unitCode", "scope.unitCode", "unitName",
			"scope.unitName");

	@Column(name = "unit_code", nullable = false, length = 32)
	private String unitCode;

	@Column(name = "unit_name", nullable = false, length = 100)
	private String unitName;

	@Column(name = "unit_group_id", nullable = false, length = 64)
	private String unitGroupId;

	@Column(name = "township_group_id", nullable = false, length = 64)
	private String townshipGroupId;

	@Column(name = "team_group_id", nullable = false, length = 64)
	private String teamGroupId;

	protected UnitScope() {
	}

	private UnitScope(String unitCode, String unitName, String unitGroupId, String townshipGroupId,
			String teamGroupId) {
		this.unitCode = unitCode;
		this.unitName = unitName;
		this.unitGroupId = unitGroupId;
		this.townshipGroupId = townshipGroupId;
		this.teamGroupId = teamGroupId;
	}

	/** The scope of an inspection of the unit by the team. */
	public static UnitScope of(InspectedUnit unit, String teamGroupId) {
		return new UnitScope(unit.getCode(), unit.getName(), unit.getGroupId(), unit.getTownshipGroupId(), teamGroupId);
	}

	/**
	 * The same scope for another record (an embeddable instance belongs to one entity).
	 */
	public UnitScope copy() {
		return new UnitScope(this.unitCode, this.unitName, this.unitGroupId, this.townshipGroupId, this.teamGroupId);
	}

	/** The same unit, inspected by another team. */
	public UnitScope withTeam(String teamGroupId) {
		return new UnitScope(this.unitCode, this.unitName, this.unitGroupId, this.townshipGroupId, teamGroupId);
	}

	/**
	 * Whether the user reads the record: supervisors who read everything, the unit, its
	 * township, the team, and any further groups the record names (e.g. its department).
	 */
	public boolean readableBy(CurrentUser user, String... alsoGroups) {
		List<String> groups = new ArrayList<>(List.of(this.unitGroupId, this.townshipGroupId, this.teamGroupId));
		for (String group : alsoGroups) {
			if (group != null) {
				groups.add(group);
			}
		}
		return user.readsAll() || user.inAnyGroup(groups.toArray(String[]::new));
	}

	/**
	 * The query's form of {@link #readableBy} for a user who does not read everything:
	 * the record's unit, township or team is one of the groups.
	 */
	public static Predicate inGroups(CriteriaBuilder cb, Path<?> record, Collection<String> groups,
			Path<?>... alsoGroups) {
		if (groups.isEmpty()) {
			return cb.disjunction();
		}
		Path<Object> scope = record.get("scope");
		List<Predicate> any = new ArrayList<>(List.of(scope.get("unitGroupId").in(groups),
				scope.get("townshipGroupId").in(groups), scope.get("teamGroupId").in(groups)));
		for (Path<?> group : alsoGroups) {
			any.add(group.in(groups));
		}
		return cb.or(any.toArray(Predicate[]::new));
	}

	public String getUnitCode() {
		return this.unitCode;
	}

	public String getUnitName() {
		return this.unitName;
	}

	public String getUnitGroupId() {
		return this.unitGroupId;
	}

	public String getTownshipGroupId() {
		return this.townshipGroupId;
	}

	public String getTeamGroupId() {
		return this.teamGroupId;
	}

}
