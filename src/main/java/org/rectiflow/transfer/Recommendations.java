package org.rectiflow.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.unit.UnitScope;
import org.rectiflow.common.Pageables;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.identity.Departments;
import org.rectiflow.identity.OrganizationKind;
import org.rectiflow.round.Inspection;
import org.rectiflow.round.Inspections;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recommendation letters: drafted by the team (or the office) until the report is heard,
 * issued to their department by the process.
 */
@Service
class Recommendations {

	static final Set<String> SORTS = Set.of("id", "state", "issuedOn", "replyDueOn", "repliedOn", "departmentGroupId",
			"unitCode");

	private final RecommendationRepository recommendations;

	private final Inspections inspections;

	private final Departments departments;

	private final BusinessDate dates;

	Recommendations(RecommendationRepository recommendations, Inspections inspections, Departments departments,
			BusinessDate dates) {
		this.recommendations = recommendations;
		this.inspections = inspections;
		this.departments = departments;
		this.dates = dates;
	}

	@Transactional
	Recommendation draft(RecommendationForm form, CurrentUser user) {
		Inspection inspection = this.inspections.workable(form.inspectionId(), user);
		if (!inspection.getStage().beforeFeedback()) {
			throw new RuleViolationException(
					"巡察报告已听取，不能再起草建议书 / The report was heard: no more recommendation letters can be drafted");
		}
		if (this.departments.find(form.departmentGroupId())
			.filter((department) -> department.getKind() == OrganizationKind.FUNCTIONAL_DEPT)
			.isEmpty()) {
			throw new IllegalArgumentException(
					"没有职能部门 " + form.departmentGroupId() + " / No functional department " + form.departmentGroupId());
		}
		return this.recommendations.save(new Recommendation(inspection, form.departmentGroupId(),
				form.content().strip(), user.userId(), Instant.now()));
	}

	@Transactional(readOnly = true)
	Recommendation readable(long id, CurrentUser user) {
		return this.recommendations.findById(id)
			.filter((recommendation) -> recommendation.readableBy(user))
			.orElseThrow(() -> new RecordNotFoundException("巡察建议书", id));
	}

	@Transactional(readOnly = true)
	Page<Recommendation> list(RecommendationFilter filter, Pageable pageable, CurrentUser user) {
		LocalDate today = this.dates.today();
		Specification<Recommendation> specification = (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			if (!user.readsAll()) {
				all.add(UnitScope.inGroups(cb, root, user.groups(), root.get("departmentGroupId")));
			}
			if (filter.inspectionId() != null) {
				all.add(cb.equal(root.get("inspectionId"), filter.inspectionId()));
			}
			if (filter.departmentGroupId() != null) {
				all.add(cb.equal(root.get("departmentGroupId"), filter.departmentGroupId()));
			}
			if (filter.state() != null) {
				all.add(cb.equal(root.get("state"), filter.state()));
			}
			if (filter.overdue() != null) {
				Predicate late = cb.or(cb.equal(root.get("state"), RecommendationState.OVERDUE),
						cb.and(cb.equal(root.get("state"), RecommendationState.ISSUED),
								cb.lessThan(root.get("replyDueOn"), today)));
				all.add(filter.overdue() ? late : cb.not(late));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
		return this.recommendations.findAll(specification, Pageables.checked(pageable, SORTS, UnitScope.SORT_PATHS));
	}

	/**
	 * The filters of the recommendation list; each may be null.
	 *
	 * @param inspectionId the inspection
	 * @param departmentGroupId the addressed department
	 * @param state the state
	 * @param overdue only letters whose reply is (not) late
	 */
	record RecommendationFilter(Long inspectionId, String departmentGroupId, RecommendationState state,
			Boolean overdue) {

	}

}
