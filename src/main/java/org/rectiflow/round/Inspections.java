package org.rectiflow.round;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;
import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.unit.UnitScope;
import org.rectiflow.common.Pageables;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.identity.CurrentUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds inspections, for the API and for the modules that record work on them. An
 * inspection the caller may not read is "not found" (404); one the caller may read but
 * not work on is "refused" (403).
 */
@Service
@Transactional(readOnly = true)
public class Inspections {

	static final Set<String> SORTS = Set.of("id", "unitCode", "unitName", "stage", "mode", "plannedEntryOn",
			"onsiteStartOn", "feedbackOn", "createdAt");

	private final InspectionRepository inspections;

	Inspections(InspectionRepository inspections) {
		this.inspections = inspections;
	}

	/**
	 * An inspection by id, for delegates and other modules (no access check).
	 * @param id the id
	 * @return the inspection
	 * @throws RecordNotFoundException if there is none
	 */
	public Inspection get(long id) {
		return this.inspections.findById(id).orElseThrow(() -> new RecordNotFoundException("巡察", id));
	}

	/**
	 * An inspection the caller may read.
	 * @throws RecordNotFoundException if there is none or the caller may not read it
	 */
	public Inspection readable(long id, CurrentUser user) {
		return this.inspections.findById(id)
			.filter((inspection) -> inspection.readableBy(user))
			.orElseThrow(() -> new RecordNotFoundException("巡察", id));
	}

	/**
	 * An inspection the caller may add records to (its team, the inspection office).
	 * @throws RecordNotFoundException if there is none or the caller may not read it
	 * @throws AccessRefusedException if the caller may read it but not work on it
	 */
	public Inspection workable(long id, CurrentUser user) {
		Inspection inspection = readable(id, user);
		if (!inspection.workableBy(user)) {
			throw new AccessRefusedException(
					"只有本巡察组和巡察办可以登记 / Only the inspection's team and the inspection office " + "may record this");
		}
		return inspection;
	}

	Page<Inspection> list(InspectionFilter filter, Pageable pageable, CurrentUser user) {
		return this.inspections.findAll(specification(filter, user),
				Pageables.checked(pageable, SORTS, UnitScope.SORT_PATHS));
	}

	private static Specification<Inspection> specification(InspectionFilter filter, CurrentUser user) {
		return (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			if (!user.readsAll()) {
				all.add(UnitScope.inGroups(cb, root, user.groups()));
			}
			if (filter.roundId() != null) {
				all.add(cb.equal(root.get("round").get("id"), filter.roundId()));
			}
			if (filter.unitCode() != null) {
				all.add(cb.equal(root.get("scope").get("unitCode"), filter.unitCode()));
			}
			if (filter.townshipGroupId() != null) {
				all.add(cb.equal(root.get("scope").get("townshipGroupId"), filter.townshipGroupId()));
			}
			if (filter.teamGroupId() != null) {
				all.add(cb.equal(root.get("scope").get("teamGroupId"), filter.teamGroupId()));
			}
			if (filter.stage() != null) {
				all.add(cb.equal(root.get("stage"), filter.stage()));
			}
			if (filter.mode() != null) {
				all.add(cb.equal(root.get("mode"), filter.mode()));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
	}

	/**
	 * The filters of the inspection list; each may be null.
	 *
	 * @param roundId the round
	 * @param unitCode the unit
	 * @param townshipGroupId the township's group
	 * @param teamGroupId the team's group
	 * @param stage the stage
	 * @param mode the mode
	 */
	record InspectionFilter(Long roundId, String unitCode, String townshipGroupId, String teamGroupId,
			InspectionStage stage, InspectionMode mode) {

	}

}
