package org.rectiflow.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;
import org.rectiflow.audit.AuditLog;
import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.unit.UnitScope;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.Pageables;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.round.Inspection;
import org.rectiflow.round.Inspections;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Findings: read by supervisors, the unit, its township, the team and the supervising
 * department; entered and changed by the team (and the inspection office) until the
 * report is heard. A finding the caller may not read is "not found".
 */
@Service
public class Findings {

	static final Set<String> SORTS = Set.of("id", "seqNo", "unitCode", "category", "severity", "source",
			"supervisingDeptGroupId", "createdAt");

	private final FindingRepository findings;

	private final Inspections inspections;

	private final FindingRules rules;

	private final Reporters reporters;

	private final BusinessDate clock;

	private final AuditLog audit;

	private final ProblemListLock lock;

	private final ImmediateFixRepository fixes;

	Findings(FindingRepository findings, Inspections inspections, FindingRules rules, Reporters reporters,
			BusinessDate clock, AuditLog audit, ProblemListLock lock, ImmediateFixRepository fixes) {
		this.lock = lock;
		this.fixes = fixes;
		this.clock = clock;
		this.audit = audit;
		this.findings = findings;
		this.inspections = inspections;
		this.rules = rules;
		this.reporters = reporters;
	}

	/**
	 * A finding by id, for other modules and process steps (no access check).
	 * @throws RecordNotFoundException if there is none
	 */
	@Transactional(readOnly = true)
	public Finding get(long id) {
		return this.findings.findById(id).orElseThrow(() -> new RecordNotFoundException("问题", id));
	}

	/**
	 * A finding by id, if there is one (no access check); never marks a transaction for
	 * rollback.
	 */
	@Transactional(readOnly = true)
	public Optional<Finding> find(long id) {
		return this.findings.findById(id);
	}

	/** The problem list of an inspection, by 序号 (no access check). */
	@Transactional(readOnly = true)
	public List<Finding> ofInspection(long inspectionId) {
		return this.findings.findByInspectionIdOrderBySeqNo(inspectionId);
	}

	@Transactional(readOnly = true)
	Finding readable(long id, CurrentUser user) {
		return this.findings.findById(id)
			.filter((finding) -> finding.readableBy(user))
			.orElseThrow(() -> new RecordNotFoundException("问题", id));
	}

	@Transactional(readOnly = true)
	Page<Finding> list(FindingFilter filter, Pageable pageable, CurrentUser user) {
		return this.findings.findAll(specification(filter, user),
				Pageables.checked(pageable, SORTS, UnitScope.SORT_PATHS));
	}

	@Transactional
	Finding create(FindingForm form, CurrentUser user) {
		if (form.inspectionId() == null) {
			throw new IllegalArgumentException("请指定巡察 / inspectionId is required");
		}
		Inspection inspection = this.inspections.workable(form.inspectionId(), user);
		this.lock.requireOpen(inspection);
		FindingContent content = this.rules.checked(form);
		Finding finding = this.findings.saveAndFlush(new Finding(inspection,
				this.findings.maxSeqNo(inspection.getId()) + 1, content, null, user.userId(), this.clock.now()));
		if (form.reporter() != null) {
			this.reporters.record(finding.getId(), form.reporter(), user.userId());
		}
		return finding;
	}

	/**
	 * Records a finding of an inspection as its team (or the inspection office) does with
	 * {@code POST /api/findings}, with the same checks.
	 * @param inspectionId the inspection, still before feedback
	 * @param text the problem
	 * @param category its category
	 * @param supervisingDeptGroupId the supervising line department, e.g.
	 * dept-agriculture
	 * @param user the caller; the inspection's team or the inspection office
	 * @return the finding
	 */
	@Transactional
	public Finding record(long inspectionId, String text, FindingCategory category, String supervisingDeptGroupId,
			CurrentUser user) {
		return create(new FindingForm(inspectionId, text, category, null, FindingSource.VISIT, Severity.GENERAL,
				supervisingDeptGroupId, null, null), user);
	}

	@Transactional
	Finding update(long id, FindingForm form, CurrentUser user) {
		Finding finding = readable(id, user);
		Inspection inspection = workable(finding, user);
		this.lock.requireOpen(inspection);
		if (form.reporter() != null) {
			throw new IllegalArgumentException("举报人信息请通过 PUT /api/findings/{id}/reporter 登记 / "
					+ "Record the reporter with PUT /api/findings/{id}/reporter");
		}
		finding.change(this.rules.checked(form));
		return finding;
	}

	/**
	 * Removes a finding from the problem list (team or office, until the report is
	 * approved), with its reporter's identity. A finding that a fix on the spot or a clue
	 * names stays: the caller removes that link first.
	 * @throws RuleViolationException (409) after approval or while something names it
	 */
	@Transactional
	void remove(long id, CurrentUser user) {
		Finding finding = readable(id, user);
		Inspection inspection = workable(finding, user);
		this.lock.requireOpen(inspection);
		if (this.fixes.existsByFindingId(id)) {
			throw new RuleViolationException("该问题已发起立行立改，不能删除 / A fix on the spot names this finding");
		}
		this.reporters.remove(id);
		this.findings.delete(finding);
		try {
			this.findings.flush();
		}
		catch (org.springframework.dao.DataIntegrityViolationException ex) {
			throw new RuleViolationException("该问题已登记为问题线索的来源，不能删除 / A clue names this finding");
		}
	}

	@Transactional
	void recordReporter(long id, ReporterForm reporter, CurrentUser user) {
		Finding finding = readable(id, user);
		Inspection inspection = workable(finding, user);
		this.lock.requireOpen(inspection);
		if (finding.getSource() != FindingSource.VILLAGER_REPORT) {
			throw new IllegalArgumentException(
					"只有来源为群众举报的问题才能登记举报人 / A reporter can only be recorded for source VILLAGER_REPORT");
		}
		this.reporters.record(id, reporter, user.userId());
	}

	/**
	 * The reporter's identity, for the discipline commission only.
	 * @throws RecordNotFoundException (404) if the caller may not read the finding, or no
	 * reporter is recorded
	 * @throws AccessRefusedException (403) for everyone but the discipline commission
	 */
	@Transactional
	ReporterView reporter(long id, CurrentUser user) {
		Finding finding = readable(id, user);
		if (!user.isDisciplineCommission()) {
			throw new AccessRefusedException(
					"举报人信息仅纪委监委可查看 / Only the discipline commission sees a reporting villager's identity");
		}
		ReporterView reporter = this.reporters.read(id).orElseThrow(() -> new RecordNotFoundException("举报人信息", id));
		// every read is on the commission's audit log (issue 16, W3)
		this.audit.reporterRead(user.userId(), id, name(finding));
		return reporter;
	}

	private static String name(Finding finding) {
		String text = (finding.getText() != null) ? finding.getText().strip() : "";
		return finding.getUnitName() + "：" + ((text.length() > 40) ? text.substring(0, 40) + "……" : text);
	}

	/**
	 * The finding's inspection, if the caller may change the finding (who may read it).
	 */
	private Inspection workable(Finding finding, CurrentUser user) {
		Inspection inspection = this.inspections.get(finding.getInspectionId());
		if (!inspection.workableBy(user)) {
			throw new AccessRefusedException(
					"只有本巡察组和巡察办可以修改问题 / Only the inspection's team and the inspection office change findings");
		}
		return inspection;
	}

	private static Specification<Finding> specification(FindingFilter filter, CurrentUser user) {
		return (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			if (!user.readsAll()) {
				all.add(UnitScope.inGroups(cb, root, user.groups(), root.get("supervisingDeptGroupId")));
			}
			if (filter.inspectionId() != null) {
				all.add(cb.equal(root.get("inspectionId"), filter.inspectionId()));
			}
			if (filter.unitCode() != null) {
				all.add(cb.equal(root.get("scope").get("unitCode"), filter.unitCode()));
			}
			if (filter.townshipGroupId() != null) {
				all.add(cb.equal(root.get("scope").get("townshipGroupId"), filter.townshipGroupId()));
			}
			if (filter.supervisingDeptGroupId() != null) {
				all.add(cb.equal(root.get("supervisingDeptGroupId"), filter.supervisingDeptGroupId()));
			}
			if (filter.category() != null) {
				all.add(cb.equal(root.get("category"), filter.category()));
			}
			if (filter.severity() != null) {
				all.add(cb.equal(root.get("severity"), filter.severity()));
			}
			if (filter.source() != null) {
				all.add(cb.equal(root.get("source"), filter.source()));
			}
			if (filter.q() != null && !filter.q().isBlank()) {
				all.add(cb.like(root.get("text"),
						"%" + filter.q().strip().replace("%", "\\%").replace("_", "\\_") + "%", '\\'));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
	}

	/**
	 * The filters of the finding list; each may be null.
	 *
	 * @param inspectionId the inspection
	 * @param unitCode the unit
	 * @param townshipGroupId the township's group
	 * @param supervisingDeptGroupId the supervising department
	 * @param category the category
	 * @param severity the severity
	 * @param source the source
	 * @param q words in the text
	 */
	record FindingFilter(Long inspectionId, String unitCode, String townshipGroupId, String supervisingDeptGroupId,
			FindingCategory category, Severity severity, FindingSource source, String q) {

	}

}
