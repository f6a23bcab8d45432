package org.rectiflow.round;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;
import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.common.Pageables;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.identity.GroupIds;
import org.rectiflow.unit.Units;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cadre pool (巡察人才库): read by supervisors and inspection teams, kept by the
 * inspection office and the organization department.
 */
@Service
class Cadres {

	static final Set<String> SORTS = Set.of("id", "name", "homeUnitCode", "departmentGroupId");

	private final CadreRepository cadres;

	private final Units units;

	Cadres(CadreRepository cadres, Units units) {
		this.cadres = cadres;
		this.units = units;
	}

	@Transactional(readOnly = true)
	Page<Cadre> list(String q, Boolean active, Pageable pageable, CurrentUser user) {
		requireReader(user);
		Specification<Cadre> specification = (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			if (q != null && !q.isBlank()) {
				all.add(cb.like(root.get("name"), "%" + q.strip().replace("%", "\\%").replace("_", "\\_") + "%", '\\'));
			}
			if (active != null) {
				all.add(cb.equal(root.get("active"), active));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
		return this.cadres.findAll(specification, Pageables.checked(pageable, SORTS));
	}

	@Transactional(readOnly = true)
	Cadre get(long id, CurrentUser user) {
		requireReader(user);
		return this.cadres.findById(id).orElseThrow(() -> new RecordNotFoundException("干部", id));
	}

	@Transactional
	Cadre create(CadreForm form, CurrentUser user) {
		requireKeeper(user);
		Cadre cadre = new Cadre(form.name().strip(), blankToNull(form.homeUnitCode()),
				blankToNull(form.departmentGroupId()), blankToNull(form.position()), relations(form));
		profile(cadre, form);
		return this.cadres.save(cadre);
	}

	@Transactional
	Cadre update(long id, CadreForm form, CurrentUser user) {
		Cadre cadre = get(id, user);
		requireKeeper(user);
		cadre.update(form.name().strip(), blankToNull(form.homeUnitCode()), blankToNull(form.departmentGroupId()),
				blankToNull(form.position()), form.active() == null || form.active(), relations(form));
		profile(cadre, form);
		return cadre;
	}

	private static void profile(Cadre cadre, CadreForm form) {
		cadre.profile((form.specialties() != null) ? form.specialties() : Set.of(), form.availability(),
				blankToNull(form.availabilityNote()));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private List<CadreRelation> relations(CadreForm form) {
		Set<String> codes = new HashSet<>();
		if (blankToNull(form.homeUnitCode()) != null) {
			codes.add(form.homeUnitCode().strip());
		}
		List<CadreRelation> relations = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (CadreForm.Relation relation : (form.relations() != null) ? form.relations()
				: List.<CadreForm.Relation>of()) {
			if (!seen.add(relation.unitCode())) {
				throw new IllegalArgumentException("关系中单位 " + relation.unitCode() + " 重复 / The unit "
						+ relation.unitCode() + " is listed twice in relations");
			}
			codes.add(relation.unitCode());
			relations.add(new CadreRelation(relation.unitCode(), blankToNull(relation.note()), relation.kind()));
		}
		Set<String> known = new HashSet<>();
		this.units.byCodes(codes).forEach((unit) -> known.add(unit.getCode()));
		codes.removeAll(known);
		if (!codes.isEmpty()) {
			throw new IllegalArgumentException("没有这些单位 / No such units: " + codes.stream().sorted().toList());
		}
		return relations;
	}

	private static void requireReader(CurrentUser user) {
		if (!user.readsAll() && !user.isInspectionTeam()) {
			throw new AccessRefusedException("巡察人才库仅供巡察机构查阅 / Only inspection bodies read the cadre pool");
		}
	}

	private static void requireKeeper(CurrentUser user) {
		if (!user.isInspectionOffice() && !user.inGroup(GroupIds.ORGANIZATION_DEPT)) {
			throw new AccessRefusedException(
					"只有巡察办和组织部可以维护巡察人才库 / Only the inspection office and the organization department keep the pool");
		}
	}

}
