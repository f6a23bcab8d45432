package org.rectiflow.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.Labels;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.identity.Departments;
import org.rectiflow.unit.InspectedUnit;
import org.rectiflow.unit.UnitCategory;
import org.rectiflow.unit.UnitKind;
import org.rectiflow.unit.Units;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the round screens (巡察轮次, {@code /rounds}) read and change: the round with its
 * term, period and teams; its units with their classification, suggested and chosen mode,
 * team, cadres and dates; and starting their inspections, each as
 * {@code POST /api/inspections} does. The inspection office changes, the supervisors who
 * read every record read. Every change is one transaction: a refusal writes nothing.
 * (Decision 0027.)
 */
@Service
class RoundPages {

	private final InspectionRoundRepository rounds;

	private final RoundTeamRepository roundTeams;

	private final RoundUnitRepository entries;

	private final InspectionRepository inspections;

	private final Units units;

	private final CadreRepository cadres;

	private final Departments departments;

	private final InspectionPlanner planner;

	private final Teams teams;

	private final Labels labels;

	private final BusinessDate clock;

	private final OnsiteMinimum onsiteMinimum;

	RoundPages(InspectionRoundRepository rounds, RoundTeamRepository roundTeams, RoundUnitRepository entries,
			InspectionRepository inspections, Units units, CadreRepository cadres, Departments departments,
			InspectionPlanner planner, Teams teams, Labels labels, BusinessDate clock, OnsiteMinimum onsiteMinimum) {
		this.onsiteMinimum = onsiteMinimum;
		this.rounds = rounds;
		this.roundTeams = roundTeams;
		this.entries = entries;
		this.inspections = inspections;
		this.units = units;
		this.cadres = cadres;
		this.departments = departments;
		this.planner = planner;
		this.teams = teams;
		this.labels = labels;
		this.clock = clock;
	}

	// ---- reading

	@Transactional(readOnly = true)
	List<RoundRow> rounds(CurrentUser user) {
		requireReader(user);
		List<RoundRow> rows = new ArrayList<>();
		for (InspectionRound round : this.rounds.findAll(Sort.by(Sort.Direction.DESC, "startsOn", "id"))) {
			List<RoundUnit> planned = this.entries.findByRoundIdOrderById(round.getId());
			long started = this.inspections.count(ofRound(round.getId()));
			Set<String> codes = planned.stream().map(RoundUnit::getUnitCode).collect(Collectors.toSet());
			long fromApi = this.inspections.findAll(ofRound(round.getId()))
				.stream()
				.filter((inspection) -> !codes.contains(inspection.getUnitCode()))
				.count();
			rows.add(new RoundRow(round.getId(), round.getName(), term(round), round.getStartsOn(), round.getEndsOn(),
					round.getState().label(), (int) (planned.size() + fromApi), (int) started,
					this.labels.groups(teamIds(round.getId()))));
		}
		return rows;
	}

	@Transactional(readOnly = true)
	List<Choice> allTeams() {
		return this.departments.inspectionTeams()
			.stream()
			.map((team) -> new Choice(team.getGroupId(), team.getName()))
			.toList();
	}

	@Transactional(readOnly = true)
	RoundScreen round(long id, CurrentUser user) {
		requireReader(user);
		InspectionRound round = round(id);
		List<RoundUnit> planned = this.entries.findByRoundIdOrderById(id);
		List<Inspection> ofRound = this.inspections.findAll(ofRound(id));
		Map<Long, Inspection> byId = ofRound.stream().collect(Collectors.toMap(Inspection::getId, Function.identity()));
		Set<String> codes = new LinkedHashSet<>();
		planned.forEach((entry) -> codes.add(entry.getUnitCode()));
		ofRound.forEach((inspection) -> codes.add(inspection.getUnitCode()));
		Map<String, InspectedUnit> unitsByCode = this.units.byCodes(codes)
			.stream()
			.collect(Collectors.toMap(InspectedUnit::getCode, Function.identity()));
		List<UnitRow> rows = new ArrayList<>();
		Set<String> plannedCodes = new java.util.HashSet<>();
		for (RoundUnit entry : planned) {
			plannedCodes.add(entry.getUnitCode());
			rows.add(row(entry, unitsByCode.get(entry.getUnitCode()),
					(entry.getInspectionId() != null) ? byId.get(entry.getInspectionId()) : null));
		}
		for (Inspection inspection : ofRound) {
			if (!plannedCodes.contains(inspection.getUnitCode())) {
				rows.add(row(inspection, unitsByCode.get(inspection.getUnitCode())));
			}
		}
		List<InspectedUnit> all = this.units.all();
		List<Choice> townships = all.stream()
			.filter((unit) -> unit.getKind() == UnitKind.TOWNSHIP)
			.map((unit) -> new Choice(unit.getCode(), unit.getName()))
			.toList();
		UnitChoices candidates = unitChoices(codes, null, 0);
		List<Choice> categories = java.util.Arrays.stream(UnitCategory.values())
			.map((category) -> new Choice(category.name(), category.label()))
			.toList();
		long pending = planned.stream().filter((entry) -> !entry.isStarted()).count();
		return new RoundScreen(round, term(round), round.getState().label(), teamChoices(id), rows, townships,
				categories, candidates, (int) pending, editable(round, user), onsiteMinimumText());
	}

	/** How many units one page of the unit picker offers. */
	static final int CHOICES_PER_PAGE = 20;

	/**
	 * One page of the units the office may still add to the round, by name, township or
	 * category: the search-as-you-type picker (decision 0033), so that a municipality's
	 * thousands of villages are never read whole.
	 */
	@Transactional(readOnly = true)
	UnitChoices unitChoices(long roundId, String q, int page, CurrentUser user) {
		requireOffice(user);
		round(roundId);
		Set<String> codes = new LinkedHashSet<>();
		this.entries.findByRoundIdOrderById(roundId).forEach((entry) -> codes.add(entry.getUnitCode()));
		this.inspections.findAll(ofRound(roundId)).forEach((inspection) -> codes.add(inspection.getUnitCode()));
		if (q != null && q.strip().length() > 50) {
			throw new IllegalArgumentException("搜索内容最长 50 字 / The search is too long");
		}
		return unitChoices(codes, q, Math.max(page, 0));
	}

	private UnitChoices unitChoices(Set<String> inRound, String q, int page) {
		org.springframework.data.domain.Page<InspectedUnit> found = this.units.search(q, inRound,
				org.springframework.data.domain.PageRequest.of(page, CHOICES_PER_PAGE));
		List<Choice> choices = found.stream()
			.map((unit) -> new Choice(unit.getCode(),
					unit.getName() + "（" + townshipName(unit) + " · " + unit.getPriority().label()
							+ (unit.getCategories().isEmpty() ? "" : " · " + categories(unit)) + "）"))
			.toList();
		return new UnitChoices((q != null) ? q.strip() : "", choices, page, found.hasNext(), found.getTotalElements());
	}

	@Transactional(readOnly = true)
	UnitScreen unit(long roundId, long entryId, CurrentUser user) {
		requireReader(user);
		InspectionRound round = round(roundId);
		RoundUnit entry = entry(roundId, entryId);
		InspectedUnit unit = this.units.byCode(entry.getUnitCode())
			.orElseThrow(() -> new RecordNotFoundException("被巡察单位", entry.getUnitCode()));
		Inspection inspection = (entry.getInspectionId() != null)
				? this.inspections.findById(entry.getInspectionId()).orElse(null) : null;
		Map<Long, TeamRole> onTeam = new HashMap<>();
		List<ChangeRow> history = List.of();
		if (inspection != null) {
			// started: the inspection's team is the one that counts, changed with a
			// reason
			this.teams.members(inspection.getId(), user)
				.forEach((member) -> onTeam.put(member.getCadre().getId(), member.getRole()));
			history = this.teams.history(inspection.getId(), user)
				.stream()
				.map((change) -> new ChangeRow(change.getKind().label(), change.getCadreName(),
						change.getRole().label(), change.getReason(), change.getChangedBy(), change.getChangedAt()))
				.toList();
		}
		else {
			entry.getMembers().forEach((member) -> onTeam.put(member.cadreId(), member.role()));
		}
		List<Cadre> pool = this.cadres.findAll(Sort.by("name", "id"));
		Map<String, String> homeNames = this.units
			.byCodes(pool.stream().map(Cadre::getHomeUnitCode).filter(java.util.Objects::nonNull).toList())
			.stream()
			.collect(Collectors.toMap(InspectedUnit::getCode, InspectedUnit::getName));
		List<CadreRow> cadreRows = new ArrayList<>();
		List<MemberRow> members = new ArrayList<>();
		for (Cadre cadre : pool) {
			if (onTeam.containsKey(cadre.getId())) {
				members.add(new MemberRow(cadre.getId(), cadre.getName(), onTeam.get(cadre.getId()).label(),
						cadre.getPosition()));
			}
			else if (cadre.isActive()) {
				String recusal = RecusalCheck.reason(cadre, unit.getCode(), unit.getName())
					.map(org.rectiflow.common.Bilingual::chinese)
					.orElse(null);
				cadreRows.add(new CadreRow(cadre.getId(), cadre.getName(), cadre.getPosition(),
						this.labels.group(cadre.getDepartmentGroupId()),
						(cadre.getHomeUnitCode() != null)
								? homeNames.getOrDefault(cadre.getHomeUnitCode(), cadre.getHomeUnitCode()) : "",
						recusal));
			}
		}
		List<Choice> modes = java.util.Arrays.stream(InspectionMode.values())
			.map((mode) -> new Choice(mode.name(), mode.label()))
			.toList();
		List<Choice> auditModes = java.util.Arrays.stream(AuditMode.values())
			.map((mode) -> new Choice(mode.name(), mode.label()))
			.toList();
		List<Choice> roles = java.util.Arrays.stream(TeamRole.values())
			.map((role) -> new Choice(role.name(), role.label()))
			.toList();
		return new UnitScreen(round, row(entry, unit, inspection), entry.getMode().name(), entry.getAuditMode().name(),
				teamChoices(roundId), modes, auditModes, roles, cadreRows, members,
				editable(round, user) && !entry.isStarted(), onsiteMinimumText(),
				inspection != null && editable(round, user) && inspection.getStage().beforeFeedback(), history);
	}

	/** 最短进驻：重点 10 个工作日，一般 3 个工作日 — from the timer's settings. */
	private String onsiteMinimumText() {
		return "最短进驻时间（自进驻日起算）：重点村（社区）" + this.onsiteMinimum.text(org.rectiflow.unit.UnitPriority.KEY) + "，一般村（社区）"
				+ this.onsiteMinimum.text(org.rectiflow.unit.UnitPriority.ORDINARY) + "。";
	}

	// ---- the round

	@Transactional
	InspectionRound create(RoundEdit form, CurrentUser user) {
		requireOffice(user);
		RoundEdit checked = checked(form, null);
		InspectionRound round = this.rounds.saveAndFlush(new InspectionRound(checked.name(), checked.termStartYear(),
				checked.termEndYear(), checked.startsOn(), checked.endsOn(), user.userId(), this.clock.now()));
		checked.teams().forEach((team) -> this.roundTeams.save(new RoundTeam(round.getId(), team)));
		return round;
	}

	@Transactional
	InspectionRound edit(long id, RoundEdit form, CurrentUser user) {
		requireOffice(user);
		InspectionRound round = open(id);
		RoundEdit checked = checked(form, round);
		Set<String> kept = new LinkedHashSet<>(checked.teams());
		List<String> stillUsed = this.entries.findByRoundIdOrderById(id)
			.stream()
			.filter((entry) -> !entry.isStarted() && entry.getTeamGroupId() != null
					&& !kept.contains(entry.getTeamGroupId()))
			.map((entry) -> this.labels.group(entry.getTeamGroupId()) + "（已安排到「" + unitName(entry.getUnitCode()) + "」）")
			.distinct()
			.toList();
		if (!stillUsed.isEmpty()) {
			throw new RuleViolationException("不能把已安排的巡察组移出本轮：" + String.join("、", stillUsed)
					+ " / A team planned for a unit cannot leave the round");
		}
		round.edit(checked.name(), checked.termStartYear(), checked.termEndYear(), checked.startsOn(),
				checked.endsOn());
		List<RoundTeam> current = this.roundTeams.findByRoundIdOrderByTeamGroupId(id);
		Set<String> have = new LinkedHashSet<>();
		for (RoundTeam team : current) {
			if (kept.contains(team.getTeamGroupId())) {
				have.add(team.getTeamGroupId());
			}
			else {
				this.roundTeams.delete(team);
			}
		}
		this.roundTeams.flush();
		kept.stream()
			.filter((team) -> !have.contains(team))
			.forEach((team) -> this.roundTeams.save(new RoundTeam(id, team)));
		return round;
	}

	private RoundEdit checked(RoundEdit form, InspectionRound existing) {
		String name = (form.name() != null) ? form.name().strip() : "";
		if (name.isEmpty()) {
			throw new IllegalArgumentException("请填写轮次名称 / The name is missing");
		}
		if (name.length() > 100) {
			throw new IllegalArgumentException("轮次名称不能超过 100 个字 / The name is too long");
		}
		if (form.termStartYear() == null || form.termEndYear() == null) {
			throw new IllegalArgumentException("请填写届期的起止年份 / The term's years are missing");
		}
		if (form.termStartYear() < 2000 || form.termEndYear() > 2100) {
			throw new IllegalArgumentException("届期年份应在 2000 至 2100 之间 / The term's years are out of range");
		}
		if (form.termEndYear() < form.termStartYear()) {
			throw new IllegalArgumentException("届期结束年份不能早于开始年份 / termEndYear must not be before termStartYear");
		}
		if (form.startsOn() == null) {
			throw new IllegalArgumentException("请填写开始日期 / The start date is missing");
		}
		if (form.endsOn() != null && form.endsOn().isBefore(form.startsOn())) {
			throw new IllegalArgumentException("结束日期不能早于开始日期 / endsOn must not be before startsOn");
		}
		this.rounds.findByName(name)
			.filter((other) -> existing == null || !other.getId().equals(existing.getId()))
			.ifPresent((other) -> {
				throw new RuleViolationException("已有名为「" + name + "」的巡察轮次 / A round with this name exists");
			});
		Set<String> known = allTeams().stream().map(Choice::value).collect(Collectors.toSet());
		List<String> teams = (form.teams() != null) ? form.teams().stream().distinct().toList() : List.of();
		for (String team : teams) {
			if (!known.contains(team)) {
				throw new IllegalArgumentException("没有巡察组 " + team + " / No such team: " + team);
			}
		}
		return new RoundEdit(name, form.termStartYear(), form.termEndYear(), form.startsOn(), form.endsOn(), teams);
	}

	// ---- its units

	/**
	 * Adds the units of a township, of a category, or chosen one by one (any together); a
	 * unit already in the round refuses the whole addition.
	 * @return how many were added
	 */
	@Transactional
	int addUnits(long roundId, AddUnits form, CurrentUser user) {
		requireOffice(user);
		InspectionRound round = open(roundId);
		boolean township = form.townshipCode() != null && !form.townshipCode().isBlank();
		boolean category = form.category() != null;
		List<String> codes = (form.unitCodes() != null)
				? form.unitCodes().stream().filter((code) -> code != null && !code.isBlank()).distinct().toList()
				: List.of();
		if (!township && !category && codes.isEmpty()) {
			throw new IllegalArgumentException("请选择乡镇(街道)、分类或具体的被巡察对象 / Choose a township, a category or units");
		}
		Map<String, InspectedUnit> chosen = new LinkedHashMap<>();
		List<InspectedUnit> all = this.units.all();
		if (township) {
			InspectedUnit parent = all.stream()
				.filter((unit) -> unit.getKind() == UnitKind.TOWNSHIP && unit.getCode().equals(form.townshipCode()))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException(
						"没有乡镇(街道) " + form.townshipCode() + " / No such township: " + form.townshipCode()));
			all.stream()
				.filter((unit) -> unit.getKind() != UnitKind.TOWNSHIP
						&& parent.getCode().equals(unit.getTownshipCode()))
				.filter((unit) -> !category || unit.getCategories().contains(form.category()))
				.forEach((unit) -> chosen.put(unit.getCode(), unit));
		}
		else if (category) {
			all.stream()
				.filter((unit) -> unit.getKind() != UnitKind.TOWNSHIP && unit.getCategories().contains(form.category()))
				.forEach((unit) -> chosen.put(unit.getCode(), unit));
		}
		Map<String, InspectedUnit> byCode = all.stream()
			.collect(Collectors.toMap(InspectedUnit::getCode, Function.identity()));
		for (String code : codes) {
			InspectedUnit unit = byCode.get(code);
			if (unit == null || unit.getKind() == UnitKind.TOWNSHIP) {
				throw new IllegalArgumentException("没有被巡察对象 " + code + " / No such unit: " + code);
			}
			chosen.put(code, unit);
		}
		if (chosen.isEmpty()) {
			throw new IllegalArgumentException("没有符合条件的被巡察对象 / No unit matches");
		}
		Set<String> inRound = new java.util.HashSet<>();
		this.entries.findByRoundIdOrderById(roundId).forEach((entry) -> inRound.add(entry.getUnitCode()));
		this.inspections.findAll(ofRound(roundId)).forEach((inspection) -> inRound.add(inspection.getUnitCode()));
		List<String> twice = chosen.values()
			.stream()
			.filter((unit) -> inRound.contains(unit.getCode()))
			.map((unit) -> "「" + unit.getName() + "」")
			.toList();
		if (!twice.isEmpty()) {
			throw new RuleViolationException(String.join("、", twice) + " 已在本轮中，同一对象不能在一轮中重复安排（本次未加入任何对象） / "
					+ "A unit is already in this round; nothing was added");
		}
		Instant now = this.clock.now();
		for (InspectedUnit unit : chosen.values()) {
			this.entries.save(new RoundUnit(round.getId(), unit.getCode(),
					InspectionMode.defaultFor(unit.getPriority()), user.userId(), now));
		}
		return chosen.size();
	}

	/** Sets one team and the dates for several units at once. */
	@Transactional
	int assign(long roundId, Assign form, CurrentUser user) {
		requireOffice(user);
		InspectionRound round = open(roundId);
		if (form.entryIds() == null || form.entryIds().isEmpty()) {
			throw new IllegalArgumentException("请勾选要安排的被巡察对象 / Choose the units");
		}
		List<RoundUnit> chosen = new ArrayList<>();
		for (Long entryId : new LinkedHashSet<>(form.entryIds())) {
			RoundUnit entry = entry(roundId, entryId);
			requireNotStarted(entry);
			chosen.add(entry);
		}
		checkPlan(round, form.teamGroupId(), form.entryOn(), form.leaveOn());
		checkOnsiteMinimum(chosen, form.entryOn(), form.leaveOn());
		for (RoundUnit entry : chosen) {
			entry.plan(entry.getAuditMode(), form.teamGroupId(), form.entryOn(), form.leaveOn());
		}
		return chosen.size();
	}

	@Transactional
	void plan(long roundId, long entryId, PlanUnit form, CurrentUser user) {
		requireOffice(user);
		InspectionRound round = open(roundId);
		RoundUnit entry = entry(roundId, entryId);
		requireNotStarted(entry);
		if (form.auditMode() == null) {
			throw new IllegalArgumentException("请选择巡审协同方式 / The audit mode is missing");
		}
		checkPlan(round, form.teamGroupId(), form.entryOn(), form.leaveOn());
		checkOnsiteMinimum(List.of(entry), form.entryOn(), form.leaveOn());
		entry.plan(form.auditMode(), form.teamGroupId(), form.entryOn(), form.leaveOn());
	}

	/** Changes the mode; another mode than the suggested one needs its reason. */
	@Transactional
	void chooseMode(long roundId, long entryId, InspectionMode mode, String reason, CurrentUser user) {
		requireOffice(user);
		open(roundId);
		RoundUnit entry = entry(roundId, entryId);
		requireNotStarted(entry);
		if (mode == null) {
			throw new IllegalArgumentException("请选择巡察方式 / The mode is missing");
		}
		String why = (reason != null) ? reason.strip() : "";
		if (mode != entry.getSuggestedMode() && why.isEmpty()) {
			throw new IllegalArgumentException("把建议的巡察方式「" + entry.getSuggestedMode().label() + "」改为「" + mode.label()
					+ "」，须说明理由 / A change of the suggested mode needs a reason");
		}
		if (why.length() > 500) {
			throw new IllegalArgumentException("理由不能超过 500 个字 / The reason is too long");
		}
		entry.choose(mode, why.isEmpty() ? null : why, user.userId(), this.clock.now());
	}

	@Transactional
	void remove(long roundId, long entryId, CurrentUser user) {
		requireOffice(user);
		open(roundId);
		RoundUnit entry = entry(roundId, entryId);
		requireNotStarted(entry);
		this.entries.delete(entry);
	}

	/** Puts a cadre on a unit's team, refusing one who must recuse (回避). */
	@Transactional
	String addMember(long roundId, long entryId, Long cadreId, TeamRole role, CurrentUser user) {
		requireOffice(user);
		open(roundId);
		RoundUnit entry = entry(roundId, entryId);
		requireNotStarted(entry);
		if (cadreId == null) {
			throw new IllegalArgumentException("请选择干部 / Choose a cadre");
		}
		if (role == null) {
			throw new IllegalArgumentException("请选择在组内的职务 / Choose the role");
		}
		Cadre cadre = this.cadres.findById(cadreId)
			.orElseThrow(() -> new IllegalArgumentException("巡察人才库中没有该干部 / No such cadre: " + cadreId));
		if (entry.getMembers().stream().anyMatch((member) -> member.cadreId().equals(cadreId))) {
			throw new RuleViolationException("「" + cadre.getName() + "」已在本组中 / The cadre is already on this team");
		}
		if (role == TeamRole.LEADER) {
			entry.getMembers()
				.stream()
				.filter((member) -> member.role() == TeamRole.LEADER)
				.findFirst()
				.ifPresent((leader) -> {
					throw new RuleViolationException(
							"本组已有组长「" + cadreName(leader.cadreId()) + "」，请先移出或改任其为组员 / The team has a leader already");
				});
		}
		InspectedUnit unit = this.units.byCode(entry.getUnitCode())
			.orElseThrow(() -> new RecordNotFoundException("被巡察单位", entry.getUnitCode()));
		RecusalCheck.reason(cadre, unit.getCode(), unit.getName()).ifPresent((reason) -> {
			throw new RuleViolationException("「" + cadre.getName() + "」" + reason);
		});
		entry.addMember(new RoundUnitMember(cadreId, role));
		return cadre.getName();
	}

	@Transactional
	void removeMember(long roundId, long entryId, long cadreId, CurrentUser user) {
		requireOffice(user);
		open(roundId);
		RoundUnit entry = entry(roundId, entryId);
		requireNotStarted(entry);
		if (!entry.removeMember(cadreId)) {
			throw new RecordNotFoundException("巡察组成员", cadreId);
		}
	}

	// ---- the team of a started inspection (decision 0033)

	/**
	 * Puts a cadre on the team of the unit's started inspection, with the recusal check
	 * of the planning and a reason kept in the team's history.
	 */
	@Transactional
	String changeTeamAdd(long roundId, long entryId, Long cadreId, TeamRole role, String reason, CurrentUser user) {
		requireOffice(user);
		open(roundId);
		Inspection inspection = startedInspection(entry(roundId, entryId));
		if (cadreId == null) {
			throw new IllegalArgumentException("请选择干部 / Choose a cadre");
		}
		if (role == null) {
			throw new IllegalArgumentException("请选择在组内的职务 / Choose the role");
		}
		String why = requireReason(reason);
		Cadre cadre = this.cadres.findById(cadreId)
			.orElseThrow(() -> new IllegalArgumentException("巡察人才库中没有该干部 / No such cadre: " + cadreId));
		Teams.requireBeforeFeedback(inspection);
		List<TeamMember> team = this.teams.members(inspection.getId(), user);
		if (team.stream().anyMatch((member) -> member.getCadre().getId().equals(cadreId))) {
			throw new RuleViolationException("「" + cadre.getName() + "」已在本组中 / The cadre is already on this team");
		}
		if (role == TeamRole.LEADER) {
			team.stream().filter((member) -> member.getRole() == TeamRole.LEADER).findFirst().ifPresent((leader) -> {
				throw new RuleViolationException(
						"本组已有组长「" + leader.getCadre().getName() + "」，请先移出 / The team has a leader already");
			});
		}
		RecusalCheck.reason(cadre, inspection.getUnitCode(), inspection.getUnitName()).ifPresent((recusal) -> {
			throw new RuleViolationException("「" + cadre.getName() + "」" + recusal);
		});
		this.teams.add(inspection.getId(), cadreId, role, why, user);
		return cadre.getName();
	}

	/** Takes a cadre off the team of the unit's started inspection, with a reason. */
	@Transactional
	String changeTeamRemove(long roundId, long entryId, Long cadreId, String reason, CurrentUser user) {
		requireOffice(user);
		open(roundId);
		Inspection inspection = startedInspection(entry(roundId, entryId));
		if (cadreId == null) {
			throw new IllegalArgumentException("请选择要移出的干部 / Choose a cadre");
		}
		String why = requireReason(reason);
		Teams.requireBeforeFeedback(inspection);
		TeamMember member = this.teams.members(inspection.getId(), user)
			.stream()
			.filter((m) -> m.getCadre().getId().equals(cadreId))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("该干部不在本组中 / The cadre is not on this team"));
		this.teams.remove(inspection.getId(), cadreId, why, user);
		return member.getCadre().getName();
	}

	private Inspection startedInspection(RoundUnit entry) {
		if (!entry.isStarted()) {
			throw new RuleViolationException("「" + unitName(entry.getUnitCode()) + "」的巡察尚未启动，请在安排中选配干部 / "
					+ "The inspection has not started: staff the plan instead");
		}
		return this.inspections.findById(entry.getInspectionId())
			.orElseThrow(() -> new RecordNotFoundException("巡察", entry.getInspectionId()));
	}

	private static String requireReason(String reason) {
		String why = (reason != null) ? reason.strip() : "";
		if (why.isEmpty()) {
			throw new IllegalArgumentException("巡察启动后调整巡察组，须说明理由 / A change of the team needs a reason");
		}
		if (why.length() > 500) {
			throw new IllegalArgumentException("理由不能超过 500 个字 / The reason is too long");
		}
		return why;
	}

	// ---- starting

	/** Starts every unit of the round not yet started: all or none. */
	@Transactional
	int startAll(long roundId, CurrentUser user) {
		requireOffice(user);
		open(roundId);
		List<RoundUnit> pending = this.entries.findByRoundIdOrderById(roundId)
			.stream()
			.filter((entry) -> !entry.isStarted())
			.toList();
		if (pending.isEmpty()) {
			throw new RuleViolationException("本轮没有待启动的巡察：各对象的巡察均已启动，或尚未加入被巡察对象 / Nothing to start in this round");
		}
		start(pending, user);
		return pending.size();
	}

	@Transactional
	String startOne(long roundId, long entryId, CurrentUser user) {
		requireOffice(user);
		open(roundId);
		RoundUnit entry = entry(roundId, entryId);
		requireNotStarted(entry);
		start(List.of(entry), user);
		return unitName(entry.getUnitCode());
	}

	private void start(List<RoundUnit> pending, CurrentUser user) {
		List<String> missing = new ArrayList<>();
		LocalDate today = this.clock.today();
		for (RoundUnit entry : pending) {
			String name = "「" + unitName(entry.getUnitCode()) + "」";
			if (entry.getTeamGroupId() == null) {
				missing.add(name + "尚未指定巡察组");
			}
			if (entry.getEntryOn() == null || entry.getLeaveOn() == null) {
				missing.add(name + "尚未填写进驻和撤离日期");
			}
			else if (entry.getEntryOn().isBefore(today)) {
				missing.add(name + "的进驻日期 " + entry.getEntryOn() + " 已过，请改期");
			}
		}
		if (!missing.isEmpty()) {
			throw new RuleViolationException(
					"不能启动（未启动任何巡察）：" + String.join("；", missing) + " / Some units are not ready; nothing was started");
		}
		Instant now = this.clock.now();
		for (RoundUnit entry : pending) {
			Inspection inspection = this.planner.plan(new PlanInspection(entry.getRoundId(), entry.getUnitCode(),
					entry.getMode(), entry.getTeamGroupId(), entry.getAuditMode(), entry.getEntryOn(), null), user);
			for (RoundUnitMember member : entry.getMembers()) {
				this.teams.add(inspection.getId(), member.cadreId(), member.role(), Teams.PLAN_REASON, user);
			}
			entry.started(inspection.getId(), user.userId(), now);
		}
	}

	// ---- helpers

	private void checkPlan(InspectionRound round, String teamGroupId, LocalDate entryOn, LocalDate leaveOn) {
		if (teamGroupId == null || teamGroupId.isBlank()) {
			throw new IllegalArgumentException("请选择巡察组 / Choose a team");
		}
		List<String> teamsOfRound = teamIds(round.getId());
		if (teamsOfRound.isEmpty() ? allTeams().stream().noneMatch((team) -> team.value().equals(teamGroupId))
				: !teamsOfRound.contains(teamGroupId)) {
			throw new IllegalArgumentException("「" + this.labels.group(teamGroupId) + "」不是本轮的巡察组，请先在轮次中加入 / "
					+ "The team is not one of the round's teams");
		}
		if (entryOn == null) {
			throw new IllegalArgumentException("请填写进驻日期 / The entry date is missing");
		}
		if (leaveOn == null) {
			throw new IllegalArgumentException("请填写撤离日期（进驻结束） / The leave date is missing");
		}
		if (leaveOn.isBefore(entryOn)) {
			throw new IllegalArgumentException(
					"撤离日期 " + leaveOn + " 不能早于进驻日期 " + entryOn + " / The leave date is before the entry date");
		}
		if (entryOn.isBefore(this.clock.today())) {
			throw new IllegalArgumentException("进驻日期不能早于今天 / The entry date must not be in the past");
		}
		if (entryOn.isBefore(round.getStartsOn())) {
			throw new IllegalArgumentException(
					"进驻日期不能早于本轮开始日期 " + round.getStartsOn() + " / The entry date is before the round starts");
		}
		if (round.getEndsOn() != null && leaveOn.isAfter(round.getEndsOn())) {
			throw new IllegalArgumentException(
					"撤离日期不能晚于本轮结束日期 " + round.getEndsOn() + " / The leave date is after the round ends");
		}
	}

	/**
	 * Leave dates before the minimum time on site of each unit (the timer's settings and
	 * calendar) are refused, every such unit named.
	 */
	private void checkOnsiteMinimum(List<RoundUnit> chosen, LocalDate entryOn, LocalDate leaveOn) {
		List<String> tooShort = new ArrayList<>();
		for (RoundUnit entry : chosen) {
			InspectedUnit unit = this.units.byCode(entry.getUnitCode())
				.orElseThrow(() -> new RecordNotFoundException("被巡察单位", entry.getUnitCode()));
			this.onsiteMinimum.problem(unit.getName(), unit.getPriority(), entryOn, leaveOn).ifPresent(tooShort::add);
		}
		if (!tooShort.isEmpty()) {
			throw new IllegalArgumentException("进驻时间不足最短进驻期：" + String.join("；", tooShort)
					+ " / The leave date is before the minimum time on site");
		}
	}

	private UnitRow row(RoundUnit entry, InspectedUnit unit, Inspection inspection) {
		List<String> members = new ArrayList<>();
		Map<Long, String> names = this.cadres
			.findAllById(entry.getMembers().stream().map(RoundUnitMember::cadreId).toList())
			.stream()
			.collect(Collectors.toMap(Cadre::getId, Cadre::getName));
		entry.getMembers()
			.forEach((member) -> members
				.add(names.getOrDefault(member.cadreId(), "?") + "（" + member.role().label() + "）"));
		List<String> missing = new ArrayList<>();
		if (!entry.isStarted()) {
			if (entry.getTeamGroupId() == null) {
				missing.add("未指定巡察组");
			}
			if (entry.getEntryOn() == null || entry.getLeaveOn() == null) {
				missing.add("未填日期");
			}
		}
		return new UnitRow(entry.getId(), entry.getUnitCode(), (unit != null) ? unit.getName() : entry.getUnitCode(),
				(unit != null) ? townshipName(unit) : "", (unit != null) ? unit.getPriority().label() : "",
				(unit != null) ? categories(unit) : "", entry.getSuggestedMode().label(), entry.getMode().label(),
				entry.getMode() != entry.getSuggestedMode(), entry.getModeReason(), entry.getAuditMode().label(),
				entry.getTeamGroupId(), this.labels.group(entry.getTeamGroupId()), entry.getEntryOn(),
				entry.getLeaveOn(), members, (inspection != null) ? inspection.getId() : entry.getInspectionId(),
				(inspection != null) ? inspection.getStage().label() : "未启动", entry.isStarted(), missing);
	}

	/** An inspection planned in the round through the API, outside the round's plan. */
	private UnitRow row(Inspection inspection, InspectedUnit unit) {
		return new UnitRow(null, inspection.getUnitCode(), inspection.getUnitName(),
				(unit != null) ? townshipName(unit) : "", inspection.getPriority().label(),
				(unit != null) ? categories(unit) : "", InspectionMode.defaultFor(inspection.getPriority()).label(),
				inspection.getMode().label(),
				inspection.getMode() != InspectionMode.defaultFor(inspection.getPriority()), null,
				inspection.getAuditMode().label(), inspection.getScope().getTeamGroupId(),
				this.labels.group(inspection.getScope().getTeamGroupId()), inspection.getPlannedEntryOn(), null,
				List.of(), inspection.getId(), inspection.getStage().label(), true, List.of());
	}

	private static String townshipName(InspectedUnit unit) {
		return (unit.getTownship() != null) ? unit.getTownship().getName() : "";
	}

	private static String categories(InspectedUnit unit) {
		return unit.getCategories().stream().sorted().map(UnitCategory::label).collect(Collectors.joining("、"));
	}

	private String unitName(String code) {
		return this.units.byCode(code).map(InspectedUnit::getName).orElse(code);
	}

	private String cadreName(Long cadreId) {
		return this.cadres.findById(cadreId).map(Cadre::getName).orElse(String.valueOf(cadreId));
	}

	private List<String> teamIds(Long roundId) {
		return this.roundTeams.findByRoundIdOrderByTeamGroupId(roundId)
			.stream()
			.map(RoundTeam::getTeamGroupId)
			.toList();
	}

	private List<Choice> teamChoices(Long roundId) {
		List<String> ids = teamIds(roundId);
		if (ids.isEmpty()) {
			return allTeams();
		}
		return ids.stream().map((id) -> new Choice(id, this.labels.group(id))).toList();
	}

	private static String term(InspectionRound round) {
		return round.getTermStartYear() + "—" + round.getTermEndYear() + " 届";
	}

	private static org.springframework.data.jpa.domain.Specification<Inspection> ofRound(Long roundId) {
		return (root, query, cb) -> cb.equal(root.get("round").get("id"), roundId);
	}

	private InspectionRound round(long id) {
		return this.rounds.findById(id).orElseThrow(() -> new RecordNotFoundException("巡察轮次", id));
	}

	private InspectionRound open(long id) {
		InspectionRound round = round(id);
		if (round.getState() != RoundState.OPEN) {
			throw new RuleViolationException("巡察轮次「" + round.getName() + "」已结束，不能再修改 / The round is closed");
		}
		return round;
	}

	private RoundUnit entry(long roundId, long entryId) {
		return this.entries.findByIdAndRoundId(entryId, roundId)
			.orElseThrow(() -> new RecordNotFoundException("本轮的被巡察对象", entryId));
	}

	private void requireNotStarted(RoundUnit entry) {
		if (entry.isStarted()) {
			throw new RuleViolationException("「" + unitName(entry.getUnitCode()) + "」的巡察已启动，不能重复启动或再修改安排 / "
					+ "The inspection has started already");
		}
	}

	private static boolean editable(InspectionRound round, CurrentUser user) {
		return user.isInspectionOffice() && round.getState() == RoundState.OPEN;
	}

	private static void requireReader(CurrentUser user) {
		if (!user.readsAll()) {
			throw new AccessRefusedException(
					"巡察轮次的安排仅供巡察办、领导小组、纪委监委和组织部查看 / Only the supervisors read the rounds' plans");
		}
	}

	private static void requireOffice(CurrentUser user) {
		if (!user.isInspectionOffice()) {
			throw new AccessRefusedException("只有巡察办可以安排巡察轮次 / Only the inspection office plans rounds");
		}
	}

	// ---- what the pages send and show

	record RoundEdit(String name, Integer termStartYear, Integer termEndYear, LocalDate startsOn, LocalDate endsOn,
			List<String> teams) {
	}

	record AddUnits(String townshipCode, UnitCategory category, List<String> unitCodes) {
	}

	record Assign(List<Long> entryIds, String teamGroupId, LocalDate entryOn, LocalDate leaveOn) {
	}

	record PlanUnit(String teamGroupId, AuditMode auditMode, LocalDate entryOn, LocalDate leaveOn) {
	}

	record Choice(String value, String label) {
	}

	/** One page of the unit picker. */
	record UnitChoices(String q, List<Choice> choices, int page, boolean hasNext, long total) {
	}

	record RoundRow(long id, String name, String term, LocalDate startsOn, LocalDate endsOn, String stateLabel,
			int units, int started, String teams) {
	}

	record RoundScreen(InspectionRound round, String term, String stateLabel, List<Choice> teams, List<UnitRow> rows,
			List<Choice> townships, List<Choice> categories, UnitChoices candidates, int pending, boolean editable,
			String onsiteMinimum) {
	}

	record UnitRow(Long entryId, String unitCode, String unitName, String townshipName, String priorityLabel,
			String categories, String suggestedModeLabel, String modeLabel, boolean modeChanged, String modeReason,
			String auditModeLabel, String teamGroupId, String teamName, LocalDate entryOn, LocalDate leaveOn,
			List<String> members, Long inspectionId, String stageLabel, boolean started, List<String> missing) {
	}

	record CadreRow(long id, String name, String position, String organization, String homeUnit, String recusal) {
	}

	record MemberRow(long cadreId, String name, String roleLabel, String position) {
	}

	record UnitScreen(InspectionRound round, UnitRow row, String mode, String auditMode, List<Choice> teams,
			List<Choice> modes, List<Choice> auditModes, List<Choice> roles, List<CadreRow> cadres,
			List<MemberRow> members, boolean editable, String onsiteMinimum, boolean teamChangeable,
			List<ChangeRow> history) {
	}

	/** One change of a started inspection's team, as the unit page shows it. */
	record ChangeRow(String kindLabel, String cadreName, String roleLabel, String reason, String changedBy,
			Instant changedAt) {
	}

}
