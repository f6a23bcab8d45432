package org.rectiflow.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rectiflow.security.AccessRecords.Migratable;
import org.rectiflow.security.AccessTable.Fresh;
import org.rectiflow.security.AccessTable.Matrix;
import org.rectiflow.security.AccessTable.Verdict;
import org.rectiflow.support.ApiTest;
import org.rectiflow.support.TestClock;
import org.rectiflow.support.Unique;
import org.rectiflow.support.Xlsx;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectiflow.security.AccessRecords.DEPARTMENT;
import static org.rectiflow.security.AccessRecords.TEAM;
import static org.rectiflow.security.AccessRecords.TOWNSHIP;
import static org.rectiflow.security.AccessRecords.UNIT;
import static org.rectiflow.security.AccessRecords.VILLAGE;
import static org.rectiflow.security.AccessTable.ANONYMOUS;
import static org.rectiflow.security.AccessTable.CALLERS;
import static org.rectiflow.security.AccessTable.EVERYONE;
import static org.rectiflow.security.AccessTable.USERS;
import static org.rectiflow.security.AccessTable.password;
import static org.rectiflow.security.AccessTable.row;
import static org.rectiflow.security.AccessTable.table;
import static org.rectiflow.security.AccessTable.union;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The access matrix: every endpoint and console page of the application × every kind of
 * caller, allowed or denied as DOMAIN.md and the README say. The table comes first; the
 * mechanics are below it.
 * <p>
 * Each row asks with a real request: real ids of records made for this test (all of the
 * demo village 青山村, see {@link AccessRecords}) and a valid body, so that the role or
 * scope check is what decides. <b>Deny</b> is 401, 403, a redirect to the login page, or
 * 404 for a record that exists (the API answers 404 for a record outside one's scope).
 * <b>Allow</b> is 2xx, or 3xx to a page other than the login page. Any other answer (400,
 * 409, 500, 404 where nothing is out of scope) means the row's request is wrong and fails
 * the test. A change that uses a record up (closing a round, answering with a token) is
 * made again on a fresh record for the next caller.
 * <p>
 * Endpoints come from Spring MVC's handler mapping: an endpoint without a row, or a row
 * without an endpoint, fails the test. The Camunda doors are in
 * {@link CamundaAccessMatrixTests}.
 */
@ApiTest
class AccessMatrixTests {

	/**
	 * README "Scope": 巡察办, 领导小组, 纪委监委 and 组织部 read every record; the system administrator
	 * stands in for them.
	 */
	static final Set<String> READ_ALL = Set.of("admin", "leading-group", "inspection-office", "discipline-commission",
			"organization-dept");

	/**
	 * DOMAIN.md: the inspection office plans and keeps the round; the system
	 * administrator may stand in for it (it holds every Camunda permission anyway).
	 */
	static final Set<String> OFFICE = Set.of("admin", "inspection-office");

	/** Who reads village-t01v01's records (its unit, its inspection's progress). */
	static final Set<String> UNIT_READERS = union(READ_ALL, Set.of(TOWNSHIP, VILLAGE));

	/** Who reads the inspection of village-t01v01 by inspection-team-1 and its work. */
	static final Set<String> INSPECTION_READERS = union(UNIT_READERS, Set.of(TEAM));

	/**
	 * Who reads a finding of it supervised by dept-agriculture (and the letter about it).
	 */
	static final Set<String> FINDING_READERS = union(INSPECTION_READERS, Set.of(DEPARTMENT));

	/** Who reads a problem clue: confidential (see the transfer rows). */
	static final Set<String> CLUE_READERS = Set.of("admin", "inspection-office", "leading-group",
			"discipline-commission", TEAM);

	/** Who reads a ledger item of village-t01v01 supervised by dept-agriculture. */
	static final Set<String> ITEM_READERS = union(UNIT_READERS, Set.of(DEPARTMENT));

	/**
	 * DOMAIN.md escalation ladder: letters by the office, the leading group, the
	 * commission.
	 */
	static final Set<String> SUPERVISORS = Set.of("inspection-office", "leading-group", "discipline-commission");

	/**
	 * README: process administrators change the process versions (and administrators).
	 */
	static final Set<String> PROCESS_ADMINS = Set.of("admin", "process-admin");

	/** README: 巡察办 reads the process console. */
	static final Set<String> PROCESS_READERS = union(PROCESS_ADMINS, Set.of("inspection-office"));

	/**
	 * Endpoint (method, pattern and, where one endpoint has two rules, a variant) → who
	 * is allowed. Derived from DOMAIN.md and the README, not from the code. For a list,
	 * the record's scope holds too: "allowed" means the list shows the record, "denied"
	 * that it is refused or leaves the record out.
	 */
	static final Map<String, Set<String>> EXPECTED = table(
			// portal: the entry, login and error pages are for everyone
			row("GET /", EVERYONE), //
			row("GET /login", EVERYONE), //
			row("GET /error", EVERYONE),

			// API documentation: an internal government API describes itself to
			// its users only (README, "Records API")
			row("GET /v3/api-docs", USERS), //
			row("GET /v3/api-docs.yaml", USERS), //
			row("GET /v3/api-docs/swagger-config", USERS), //
			row("GET /swagger-ui.html", USERS),

			// unit: README "Scope" (supervisors all, a township its villages, a
			// village itself); only the office imports units (DOMAIN.md 1)
			row("GET /api/units", UNIT_READERS), //
			row("GET /api/units/{code}", UNIT_READERS), //
			row("POST /api/units/import", OFFICE),

			// round: the county's plan, read by every user, opened and closed by
			// the office (DOMAIN.md 1); the checklist every unit is checked
			// against is no secret
			row("GET /api/rounds", USERS), //
			row("GET /api/rounds/{id}", USERS), //
			row("POST /api/rounds", OFFICE), //
			row("POST /api/rounds/{id}/close", OFFICE), //
			row("GET /api/checklist", USERS),
			// the cadre pool: read by supervisors and the teams staffed from it,
			// kept by the office and the organization department (组织部)
			row("GET /api/cadres", READ_ALL, TEAM, "inspection-team-2"), //
			row("GET /api/cadres/{id}", READ_ALL, TEAM, "inspection-team-2"), //
			row("POST /api/cadres", OFFICE, "organization-dept"), //
			row("PUT /api/cadres/{id}", OFFICE, "organization-dept"),

			// reference data (issue 18): 巡察办 keeps units' classification, the
			// checklist's versions and (with 组织部) the cadre pool; supervisors read
			row("PUT /api/units/{code}/classification", OFFICE), //
			row("GET /api/units/{code}/classification-history", UNIT_READERS), //
			row("GET /api/checklist/versions", USERS), //
			row("POST /api/checklist/versions/{id}/items", OFFICE), //
			row("POST /api/checklist/versions/{id}/publish", OFFICE), //
			row("GET /reference/units", READ_ALL), //
			row("POST /reference/units/import", OFFICE), //
			row("GET /reference/units/{code}", READ_ALL), //
			row("POST /reference/units/{code}/classification", OFFICE), //
			row("GET /reference/cadres", READ_ALL), //
			row("GET /reference/cadres/new", OFFICE, "organization-dept"), //
			row("GET /reference/cadres/{id}", READ_ALL), //
			row("POST /reference/cadres", OFFICE, "organization-dept"), //
			row("POST /reference/cadres/{id}", OFFICE, "organization-dept"), //
			row("GET /reference/checklist", READ_ALL), //
			row("POST /reference/checklist/drafts", OFFICE), //
			row("POST /reference/checklist/{version}/items", OFFICE), //
			row("POST /reference/checklist/{version}/areas", OFFICE), //
			row("POST /reference/checklist/{version}/items/{item}", OFFICE), //
			row("POST /reference/checklist/{version}/items/{item}/delete", OFFICE), //
			row("POST /reference/checklist/{version}/publish", OFFICE),
			// an inspection: read by supervisors, the village, its township and
			// its own team (the public announcement names it); planned, its
			// checklist chosen and its team staffed by the office (DOMAIN.md 1)
			row("GET /api/inspections", INSPECTION_READERS), //
			row("GET /api/inspections/{id}", INSPECTION_READERS), //
			row("GET /api/inspections/{id}/checklist", INSPECTION_READERS), //
			row("GET /api/inspections/{id}/team", INSPECTION_READERS), //
			row("POST /api/inspections", OFFICE), //
			row("PUT /api/inspections/{id}/checklist", OFFICE), //
			row("POST /api/inspections/{id}/team", OFFICE), //
			row("DELETE /api/inspections/{id}/team/{cadreId}", OFFICE),

			// finding: the team finds problems, the office reviews them, either
			// records them (DOMAIN.md 3-4); read by supervisors, the village, its
			// township, the team and the supervising department; a reporting
			// villager's identity by the discipline commission only (DOMAIN.md,
			// "What the records must keep")
			row("GET /api/findings", FINDING_READERS), //
			row("GET /api/findings/{id}", FINDING_READERS), //
			row("POST /api/findings", OFFICE, TEAM), //
			row("PUT /api/findings/{id}", OFFICE, TEAM), //
			row("PUT /api/findings/{id}/reporter", OFFICE, TEAM), //
			row("GET /api/findings/{id}/reporter", "discipline-commission"), //
			row("POST /api/inspections/{inspectionId}/findings/import", OFFICE, TEAM),
			// fixes on the spot (立行立改): raised by the team while on site, read
			// like the inspection
			row("GET /api/immediate-fixes", INSPECTION_READERS), //
			row("GET /api/immediate-fixes/{id}", INSPECTION_READERS), //
			row("POST /api/immediate-fixes", OFFICE, TEAM),
			// the page 巡察记录 (issue 18): read like the inspection (the village and
			// township see the problem list only, after the feedback), written by the
			// team and the office
			row("GET /inspections/{id}/record", INSPECTION_READERS), //
			row("GET /inspections/{id}/record/print", INSPECTION_READERS), //
			row("POST /inspections/{id}/record/findings", OFFICE, TEAM), //
			row("POST /inspections/{id}/record/findings/{findingId}", OFFICE, TEAM), //
			row("POST /inspections/{id}/record/findings/{findingId}/reporter", OFFICE, TEAM), //
			row("POST /inspections/{id}/record/findings/{findingId}/delete", OFFICE, TEAM), //
			row("POST /inspections/{id}/record/findings/import", OFFICE, TEAM), //
			row("POST /inspections/{id}/record/activities", OFFICE, TEAM), //
			row("POST /inspections/{id}/record/activities/{activityId}/delete", OFFICE, TEAM), //
			row("POST /inspections/{id}/record/fixes", OFFICE, TEAM), //
			row("POST /inspections/{id}/record/clues", OFFICE, TEAM), //
			row("POST /inspections/{id}/record/recommendations", OFFICE, TEAM),

			// transfer (DOMAIN.md 6): a clue goes to the discipline commission and
			// is confidential: the office, the leading group, the commission and
			// the team that found it (not the organization department, which gets
			// cadre matters, nor the village); a recommendation letter goes to its
			// department and is read like the finding it is about
			row("GET /api/clues", CLUE_READERS), //
			row("GET /api/clues/{id}", CLUE_READERS), //
			row("POST /api/clues", OFFICE, TEAM), //
			row("GET /api/recommendations", FINDING_READERS), //
			row("GET /api/recommendations/{id}", FINDING_READERS), //
			row("POST /api/recommendations", OFFICE, TEAM),

			// rectification: an item is read by supervisors, its township, its
			// village and its supervising department (README "Scope"); the village
			// rectifies, so only it adds evidence and asks for a later deadline
			// (DOMAIN.md 7)
			row("GET /api/ledger", ITEM_READERS), //
			row("GET /api/ledger/statistics", ITEM_READERS), //
			row("GET /api/ledger/export.xlsx", ITEM_READERS), //
			row("GET /api/ledger/{id}", ITEM_READERS), //
			row("GET /api/ledger/{id}/timeline", ITEM_READERS), //
			row("GET /api/ledger/{id}/attachments/{attachmentId}", ITEM_READERS), //
			row("POST /api/ledger/{id}/attachments", VILLAGE), //
			row("POST /api/ledger/{id}/extension-requests", VILLAGE),

			// supervision (DOMAIN.md, escalation): letters and flags by the office,
			// the leading group and the commission; 约谈 by the leading group and
			// the commission only; a letter is read by whoever reads its item
			row("POST /api/ledger/{key}/supervision-actions", SUPERVISORS), //
			row("POST /api/ledger/{key}/supervision-actions ADMONISH", "leading-group", "discipline-commission"), //
			row("GET /api/ledger/{key}/letters", ITEM_READERS), //
			row("GET /api/letters/{id}", ITEM_READERS), //
			row("GET /console/items/{key}/supervision", ITEM_READERS), //
			row("POST /console/items/{key}/actions", SUPERVISORS), //
			row("POST /console/items/{key}/actions ADMONISH", "leading-group", "discipline-commission"), //
			row("GET /console/letters/{id}.pdf", ITEM_READERS),
			// issue 17: the unit corrects its plan before review; the 整改销号审批表 prints for
			// readers
			row("POST /console/items/{key}/plan-corrections", VILLAGE), //
			row("GET /console/items/{key}/sign-off-form.pdf", ITEM_READERS), //

			// console (README "Console"): every user has the dashboard, the ledger
			// and the round pages, each in their own scope; an item or unit
			// outside it is a 403 page
			row("GET /console", USERS), //
			row("GET /console/ledger", ITEM_READERS), //
			row("GET /console/items/{key}", ITEM_READERS), //
			row("GET /console/items/{key}/diagram", ITEM_READERS), //
			row("GET /console/items/{key}/evidence/{attachmentId}", ITEM_READERS), //
			row("GET /console/rounds/{id}", INSPECTION_READERS), //
			row("GET /console/units/{code}", UNIT_READERS),

			// round screens (issue 18, decision 0027): the inspection office plans a
			// round, its units, teams and dates and starts its inspections; the
			// supervisors who read every record (DOMAIN.md: leading group,
			// commission, organization department) read the plan
			row("GET /rounds", READ_ALL), //
			row("POST /rounds", OFFICE), //
			row("GET /rounds/{id}", READ_ALL), //
			row("POST /rounds/{id}", OFFICE), //
			row("POST /rounds/{id}/units", OFFICE), //
			row("GET /rounds/{id}/unit-choices", OFFICE), //
			row("POST /rounds/{id}/assign", OFFICE), //
			row("POST /rounds/{id}/start", OFFICE), //
			row("GET /rounds/{id}/units/{entryId}", READ_ALL), //
			row("POST /rounds/{id}/units/{entryId}", OFFICE), //
			row("POST /rounds/{id}/units/{entryId}/mode", OFFICE), //
			row("POST /rounds/{id}/units/{entryId}/members", OFFICE), //
			row("POST /rounds/{id}/units/{entryId}/members/{cadreId}/delete", OFFICE), //
			row("POST /rounds/{id}/units/{entryId}/team", OFFICE), //
			row("POST /rounds/{id}/units/{entryId}/team/remove", OFFICE), //
			row("POST /rounds/{id}/units/{entryId}/delete", OFFICE), //
			row("POST /rounds/{id}/units/{entryId}/start", OFFICE),

			// notification: 我的通知 is personal; only a notice's recipients (here
			// the village a reminder letter went to) see, open or mark it
			row("GET /console/notifications", VILLAGE), //
			row("GET /console/notifications/unread-count", USERS), //
			row("POST /console/notifications/read-all", USERS), //
			row("POST /console/notifications/{id}/read", VILLAGE), //
			row("GET /console/notifications/{id}/open", VILLAGE),

			// inbox and workflow: 已办 is every user's own; 退回 and 转办 are for
			// whoever may work the task, its candidate group (README "Tasks")
			row("GET /inbox/done", USERS), //
			// workbench (issue 17): every user has an inbox; a task page shows to its
			// who see the item, only its candidates work it; the workbench answers 404
			// for
			// a task one may not see, so nobody learns what others' tasks are
			row("GET /workbench", USERS), //
			row("GET /workbench/count", USERS), //
			row("GET /workbench/batch", USERS), //
			row("POST /workbench/batch", USERS), //
			row("GET /workbench/tasks/{id}", VILLAGE), //
			row("POST /workbench/tasks/{id}/form", VILLAGE), //
			row("GET /workbench/tasks/{id}/actions", ITEM_READERS), //
			row("POST /workbench/tasks/{id}", VILLAGE), //
			row("POST /workbench/tasks/{id}/evidence", VILLAGE), //
			// no attachment 0: refused for everyone (the uploader's own removal is
			// TaskPageEvidenceTests)
			row("POST /workbench/tasks/{id}/evidence/{attachmentId}/delete", Set.of()), //
			row("POST /workbench/tasks/{id}/actions/{action}", VILLAGE), //
			// security (issue 16 W3, W5): the audit log is the commission's, lock-outs
			// the
			// administrator's
			row("GET /console/audit", "discipline-commission"), //
			row("GET /console/lockouts", "admin"), //
			row("POST /console/lockouts/lift", "admin"), //
			// the demo's 时间推进 (profile demo only): the inspection office
			row("GET /demo/time", OFFICE), //
			row("POST /demo/time/advance", OFFICE), //
			row("POST /demo/time/run-due", OFFICE), //
			row("POST /demo/time/next", OFFICE), //
			row("POST /api/tasks/{taskId}/return", VILLAGE), //
			row("POST /api/tasks/{taskId}/transfer", VILLAGE),

			// evaluation: the office runs it (README); the villagers answer
			// without a login (DOMAIN.md 9)
			row("GET /console/evaluations", OFFICE), //
			row("GET /console/evaluations/{id}", OFFICE), //
			row("GET /console/evaluations/{id}/qr.png", OFFICE), //
			row("GET /console/evaluations/{id}/shared.png", OFFICE), //
			row("POST /console/evaluations/{id}/tokens", OFFICE), //
			row("POST /console/evaluations/{id}/close", OFFICE), //
			row("GET /e/{token}", EVERYONE), //
			row("POST /e/{token}", EVERYONE), //
			row("GET /e/s/{code}", EVERYONE), //
			row("POST /e/s/{code}", EVERYONE), //
			row("GET /e/thanks", EVERYONE),

			// process administration (README): process administrators deploy and
			// migrate (previewing a migration is its first step); 巡察办 reads
			// versions, diagrams, differences and a migration's progress
			row("GET /console/processes", PROCESS_READERS), //
			row("GET /console/processes/{key}", PROCESS_READERS), //
			row("GET /console/processes/{key}/versions/{version}/xml", PROCESS_READERS), //
			row("GET /console/processes/{key}/diff", PROCESS_READERS), //
			row("GET /console/processes/{key}/migrations/{batchId}", PROCESS_READERS), //
			row("GET /console/processes/{key}/migration", PROCESS_ADMINS), //
			row("POST /console/processes/{key}/migration", PROCESS_ADMINS), //
			row("POST /console/processes/deployments", PROCESS_ADMINS), //
			row("GET /api/processes", PROCESS_READERS), //
			row("GET /api/processes/{key}", PROCESS_READERS), //
			row("GET /api/processes/migrations/{batchId}", PROCESS_READERS), //
			row("GET /api/processes/{key}/migration-plan", PROCESS_ADMINS), //
			row("POST /api/processes/{key}/migrations", PROCESS_ADMINS));

	// ------------------------------------------------------------------ mechanics

	private static final Pattern BATCH = Pattern.compile("/migrations/([^/?]+)");

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private AccessRecords records;

	private final Map<String, Cookie> sessions = new HashMap<>();

	@AfterEach
	void removeWaitingBatches() {
		if (this.records != null) {
			this.records.cleanUp();
		}
	}

	@Test
	void everyCallerIsAllowedExactlyWhatTheDomainSays() throws Exception {
		this.records = new AccessRecords(this.mvc, this.context);
		Map<String, Probe> probes = probes(this.records);

		Set<String> endpoints = endpoints();
		Set<String> rowEndpoints = new TreeSet<>();
		EXPECTED.keySet().forEach((row) -> rowEndpoints.add(endpointOf(row)));
		assertThat(endpoints).as("endpoints without a row in EXPECTED").isSubsetOf(rowEndpoints);
		assertThat(rowEndpoints).as("rows of EXPECTED without an endpoint").isSubsetOf(endpoints);
		assertThat(probes.keySet()).as("rows and requests").containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());

		Matrix matrix = new Matrix("Access matrix");
		for (Map.Entry<String, Set<String>> row : EXPECTED.entrySet()) {
			Probe probe = probes.get(row.getKey());
			for (String caller : CALLERS) {
				matrix.record(row.getKey(), caller, row.getValue().contains(caller), ask(probe, caller));
			}
		}
		matrix.write("access-matrix.txt");
		assertThat(matrix.cells()).isEqualTo(EXPECTED.size() * CALLERS.size());
		matrix.assertAsExpected();
	}

	/**
	 * How each row asks, with the records' ids and a valid body. {@code scoped} marks a
	 * request about an existing record, where 404 means "not yours"; {@code usesUp} names
	 * the record an allowed call changes, made again for the next caller.
	 */
	private Map<String, Probe> probes(AccessRecords r) {
		long inspection = r.inspection.getId();
		long round = r.round.getId();
		Fresh<Long> openRound = new Fresh<>(r::openRound);
		Fresh<Long> planningRound = new Fresh<>(r::openRound);
		Fresh<Long> freeCadre = new Fresh<>(r::cadre);
		Fresh<Long> teamMember = new Fresh<>(r::teamMember);
		Fresh<Long> item = new Fresh<>(r::plannedItem);
		Fresh<Long> recordFinding = new Fresh<>(r::recordFinding);
		Fresh<Long> onsiteActivity = new Fresh<>(r::onsiteActivity);
		Fresh<String> returnTask = new Fresh<>(r::implementTask);
		Fresh<String> transferTask = new Fresh<>(r::implementTask);
		Fresh<String> answerToken = new Fresh<>(r::token);
		Fresh<Migratable> consoleMigration = new Fresh<>(r::migratableProcess);
		Fresh<Migratable> apiMigration = new Fresh<>(r::migratableProcess);
		long closedEvaluation = r.closedEvaluation();
		String importedUnit = Unique.code("T01AM");
		String finding = """
				{"inspectionId": %d, "text": "村集体鱼塘承包合同未经村民代表会议表决", "category": "COLLECTIVE_ASSETS",
				 "source": "VILLAGER_REPORT", "severity": "SERIOUS", "supervisingDeptGroupId": "%s"}"""
			.formatted(inspection, DEPARTMENT);
		Consumer<MockHttpServletResponse> batchStarted = (response) -> {
			Matcher started = BATCH.matcher(String.valueOf(response.getRedirectedUrl()));
			r.startedBatch(started.find() ? started.group(1) : json(response, "batchId"));
		};

		Map<String, Probe> p = new LinkedHashMap<>();
		p.put("GET /", get("/"));
		p.put("GET /login", get("/login"));
		// what the container forwards to after a 404: the error page, to anyone
		p.put("GET /error",
				get("/error").attribute(RequestDispatcher.ERROR_STATUS_CODE, 404)
					.attribute(RequestDispatcher.ERROR_REQUEST_URI, "/nowhere")
					.answering(404));
		p.put("GET /v3/api-docs", get("/v3/api-docs"));
		p.put("GET /v3/api-docs.yaml", get("/v3/api-docs.yaml"));
		p.put("GET /v3/api-docs/swagger-config", get("/v3/api-docs/swagger-config"));
		p.put("GET /swagger-ui.html", get("/swagger-ui.html"));

		p.put("GET /api/units", get("/api/units?township=T01").listing(showing("\"code\":\"" + UNIT + "\"")));
		p.put("GET /api/units/{code}", get("/api/units/" + UNIT).scoped());
		p.put("POST /api/units/import",
				multipart("/api/units/import", "file", "units.xlsx",
						() -> Xlsx.of(new String[] { "乡镇编码", "编码", "名称", "类型(村/社区/乡镇)", "分类(重点/一般)", "类别", "上次巡察日期" },
								new String[] { "T01", importedUnit, "访问矩阵村", "村", "一般", "", "" })));

		p.put("GET /api/rounds", get("/api/rounds"));
		p.put("GET /api/rounds/{id}", get("/api/rounds/" + round).scoped());
		p.put("POST /api/rounds", post("/api/rounds").json(() -> """
				{"name": "%s", "termStartYear": 2021, "termEndYear": 2026, "startsOn": "2026-01-05"}"""
			.formatted(Unique.code("访问矩阵轮次-"))));
		p.put("POST /api/rounds/{id}/close",
				post(() -> "/api/rounds/" + openRound.get() + "/close").scoped().usesUp(openRound));
		p.put("GET /api/checklist", get("/api/checklist"));
		p.put("GET /api/cadres", get("/api/cadres"));
		p.put("GET /api/cadres/{id}", get("/api/cadres/" + r.cadre).scoped());
		p.put("POST /api/cadres", post("/api/cadres")
			.json(() -> "{\"name\": \"%s\", \"position\": \"科员\"}".formatted(Unique.code("干部"))));
		p.put("PUT /api/cadres/{id}", put("/api/cadres/" + r.cadre).scoped()
			.json(() -> "{\"name\": \"访问矩阵干部\", \"departmentGroupId\": \"dept-finance\", \"position\": \"科员\"}"));
		// reference data: a unit of its own for the classification, published version 2
		// for the
		// checklist (the office's change is refused there: 409 on the API, a message on
		// the page)
		String classified = this.context.getBean(org.rectiflow.unit.UnitRegistry.class)
			.registerVillage("T01", Unique.code("V"), "访问矩阵分类村", org.rectiflow.unit.UnitKind.VILLAGE,
					org.rectiflow.unit.UnitPriority.ORDINARY, java.util.Set.of())
			.getCode();
		org.rectiflow.unit.Units unitReader = this.context.getBean(org.rectiflow.unit.Units.class);
		p.put("PUT /api/units/{code}/classification",
				put("/api/units/" + classified + "/classification")
					.json(() -> "{\"priority\": \"%s\", \"reason\": \"访问矩阵\"}"
						.formatted((unitReader.byCode(classified).orElseThrow().getPriority().name().equals("KEY"))
								? "ORDINARY" : "KEY")));
		p.put("GET /api/units/{code}/classification-history",
				get("/api/units/" + UNIT + "/classification-history").scoped());
		p.put("GET /api/checklist/versions", get("/api/checklist/versions"));
		p.put("POST /api/checklist/versions/{id}/items",
				post("/api/checklist/versions/2/items").json(() -> "{\"areaId\": 101, \"text\": \"访问矩阵\"}")
					.answering(409));
		p.put("POST /api/checklist/versions/{id}/publish", post("/api/checklist/versions/2/publish").answering(409));
		p.put("GET /reference/units", get("/reference/units"));
		p.put("POST /reference/units/import",
				multipart("/reference/units/import", "file", "units.xlsx", () -> new byte[0]));
		p.put("GET /reference/units/{code}", get("/reference/units/" + UNIT));
		p.put("POST /reference/units/{code}/classification",
				post("/reference/units/" + classified + "/classification"));
		p.put("GET /reference/cadres", get("/reference/cadres"));
		p.put("GET /reference/cadres/new", get("/reference/cadres/new"));
		p.put("GET /reference/cadres/{id}", get("/reference/cadres/" + r.cadre));
		p.put("POST /reference/cadres", post("/reference/cadres"));
		p.put("POST /reference/cadres/{id}", post("/reference/cadres/" + r.cadre));
		p.put("GET /reference/checklist", get("/reference/checklist"));
		p.put("POST /reference/checklist/drafts", post("/reference/checklist/drafts"));
		p.put("POST /reference/checklist/{version}/items", post("/reference/checklist/2/items"));
		p.put("POST /reference/checklist/{version}/areas", post("/reference/checklist/2/areas"));
		String[] draftItem = this.context.getBean(org.rectiflow.round.RoundPlanFixtures.class).draftItem();
		p.put("POST /reference/checklist/{version}/items/{item}",
				post("/reference/checklist/" + draftItem[0] + "/items/" + draftItem[1]).form("text", draftItem[2],
						"category", draftItem[3]));
		p.put("POST /reference/checklist/{version}/items/{item}/delete",
				post("/reference/checklist/2/items/1001/delete"));
		p.put("POST /reference/checklist/{version}/publish", post("/reference/checklist/2/publish"));
		p.put("GET /api/inspections", get("/api/inspections?roundId=" + round).listing(showingId(inspection)));
		p.put("GET /api/inspections/{id}", get("/api/inspections/" + inspection).scoped());
		p.put("GET /api/inspections/{id}/checklist", get("/api/inspections/" + inspection + "/checklist").scoped());
		p.put("GET /api/inspections/{id}/team", get("/api/inspections/" + inspection + "/team").scoped());
		p.put("POST /api/inspections",
				post("/api/inspections").scoped()
					.json(() -> """
							{"roundId": %d, "unitCode": "%s", "teamGroupId": "%s", "auditMode": "AUDIT_ALONGSIDE",
							 "plannedEntryOn": "%s"}""".formatted(planningRound.get(), UNIT, TEAM,
							TestClock.today().plusDays(10)))
					.usesUp(planningRound));
		p.put("PUT /api/inspections/{id}/checklist", put("/api/inspections/" + inspection + "/checklist").scoped()
			.json(() -> "{\"itemIds\": %s}".formatted(this.context.getBean(org.rectiflow.round.ChecklistCatalogue.class)
				.defaultSelection(r.inspection.getChecklistVersionId(), java.util.Set.of())
				.stream()
				.limit(3)
				.toList())));
		p.put("POST /api/inspections/{id}/team",
				post("/api/inspections/" + inspection + "/team").scoped()
					.json(() -> "{\"cadreId\": %d, \"role\": \"MEMBER\"}".formatted(freeCadre.get()))
					.usesUp(freeCadre));
		p.put("DELETE /api/inspections/{id}/team/{cadreId}",
				delete(() -> "/api/inspections/" + inspection + "/team/" + teamMember.get()).scoped()
					.usesUp(teamMember));

		p.put("GET /api/findings", get("/api/findings?inspectionId=" + inspection).listing(showingId(r.finding)));
		p.put("GET /api/findings/{id}", get("/api/findings/" + r.finding).scoped());
		p.put("POST /api/findings", post("/api/findings").scoped().json(() -> finding));
		p.put("PUT /api/findings/{id}", put("/api/findings/" + r.finding).scoped().json(() -> finding));
		p.put("PUT /api/findings/{id}/reporter", put("/api/findings/" + r.finding + "/reporter").scoped()
			.json(() -> "{\"name\": \"张大爷\", \"contact\": \"13900000000\"}"));
		p.put("GET /api/findings/{id}/reporter", get("/api/findings/" + r.finding + "/reporter").scoped());
		p.put("POST /api/inspections/{inspectionId}/findings/import",
				multipart("/api/inspections/" + inspection + "/findings/import", "file", "problems.xlsx",
						() -> Xlsx.of(new String[] { "序号", "问题描述", "问题类别", "来源", "严重程度", "监督清单条目", "监管部门", "挽回金额(元)" },
								new String[] { "900", "村务公开栏三个月未更新", "为民服务", "走访", "一般", "", "农业农村局", "" }))
					.scoped());
		String record = "/inspections/" + inspection + "/record";
		p.put("GET /inspections/{id}/record", get(record).scoped());
		p.put("GET /inspections/{id}/record/print", get(record + "/print").scoped());
		p.put("POST /inspections/{id}/record/findings",
				post(record + "/findings").scoped()
					.form("text", "访问矩阵：村务公开不及时", "category", "OTHER", "source", "VISIT", "severity", "GENERAL",
							"department", DEPARTMENT));
		p.put("POST /inspections/{id}/record/findings/{findingId}",
				post(record + "/findings/" + r.finding).scoped()
					.form("text", "访问矩阵：改写的问题", "category", "OTHER", "source", "VILLAGER_REPORT", "severity", "GENERAL",
							"department", DEPARTMENT));
		// after the row above made the finding a villager's report
		p.put("POST /inspections/{id}/record/findings/{findingId}/reporter",
				post(record + "/findings/" + r.finding + "/reporter").scoped().form("reporterName", "访问矩阵举报人"));
		p.put("POST /inspections/{id}/record/findings/{findingId}/delete",
				post(() -> record + "/findings/" + recordFinding.get() + "/delete").scoped().usesUp(recordFinding));
		p.put("POST /inspections/{id}/record/findings/import",
				multipart(record + "/findings/import", "file", "problems.xlsx",
						() -> Xlsx.of(new String[] { "序号", "问题描述", "问题类别", "来源", "严重程度", "监督清单条目", "监管部门", "挽回金额(元)" },
								new String[] { "901", "村务档案管理混乱", "为民服务", "走访", "一般", "", "农业农村局", "" }))
					.scoped());
		p.put("POST /inspections/{id}/record/activities", post(record + "/activities").scoped()
			.form("kind", "VISIT", "heldOn", TestClock.today().toString(), "quantity", "2", "note", "访问矩阵走访"));
		p.put("POST /inspections/{id}/record/activities/{activityId}/delete",
				post(() -> record + "/activities/" + onsiteActivity.get() + "/delete").scoped().usesUp(onsiteActivity));
		p.put("POST /inspections/{id}/record/fixes", post(record + "/fixes").scoped().form("problem", "访问矩阵：村民议事记录缺失"));
		p.put("POST /inspections/{id}/record/clues", post(record + "/clues").scoped().form("summary", "访问矩阵：某线索"));
		p.put("POST /inspections/{id}/record/recommendations", post(record + "/recommendations").scoped()
			.form("department", "dept-civil-affairs", "content", "访问矩阵：建议规范低保公示"));
		p.put("GET /api/immediate-fixes",
				get("/api/immediate-fixes?inspectionId=" + inspection).listing(showingId(r.fix)));
		p.put("GET /api/immediate-fixes/{id}", get("/api/immediate-fixes/" + r.fix).scoped());
		p.put("POST /api/immediate-fixes", post("/api/immediate-fixes").scoped()
			.json(() -> "{\"inspectionId\": %d, \"problem\": \"村民议事记录缺失\"}".formatted(inspection)));

		p.put("GET /api/clues", get("/api/clues?inspectionId=" + inspection).listing(showingId(r.clue)));
		p.put("GET /api/clues/{id}", get("/api/clues/" + r.clue).scoped());
		p.put("POST /api/clues", post("/api/clues").scoped()
			.json(() -> "{\"inspectionId\": %d, \"summary\": \"村干部涉嫌优亲厚友\", \"fast\": false}".formatted(inspection)));
		p.put("GET /api/recommendations",
				get("/api/recommendations?inspectionId=" + inspection).listing(showingId(r.recommendation)));
		p.put("GET /api/recommendations/{id}", get("/api/recommendations/" + r.recommendation).scoped());
		p.put("POST /api/recommendations",
				post("/api/recommendations").scoped()
					.json(() -> "{\"inspectionId\": %d, \"departmentGroupId\": \"%s\", \"content\": \"建议完善发包程序\"}"
						.formatted(inspection, DEPARTMENT)));

		p.put("GET /api/ledger", get("/api/ledger?roundId=" + round).listing(showingId(r.item)));
		p.put("GET /api/ledger/statistics",
				get("/api/ledger/statistics?roundId=" + round).listing(showing("\"IN_PROGRESS\":0").negate()));
		p.put("GET /api/ledger/export.xlsx",
				get("/api/ledger/export.xlsx?roundId=" + round).listing((response) -> spreadsheetRows(response) > 1));
		p.put("GET /api/ledger/{id}", get("/api/ledger/" + r.item).scoped());
		p.put("GET /api/ledger/{id}/timeline", get("/api/ledger/" + r.item + "/timeline").scoped());
		p.put("GET /api/ledger/{id}/attachments/{attachmentId}",
				get("/api/ledger/" + r.item + "/attachments/" + r.attachment).scoped());
		p.put("POST /api/ledger/{id}/attachments",
				multipart("/api/ledger/" + r.item + "/attachments", "file", "整改照片.png", () -> AccessRecords.PNG)
					.scoped());
		p.put("POST /api/ledger/{id}/extension-requests",
				post(() -> "/api/ledger/" + item.get() + "/extension-requests").scoped()
					.json(() -> "{\"requestedDeadline\": \"%s\", \"reason\": \"鱼塘承包合同需重新表决，须延后一个月\"}"
						.formatted(TestClock.today().plusDays(60)))
					.usesUp(item));

		p.put("POST /api/ledger/{key}/supervision-actions",
				post("/api/ledger/" + r.item + "/supervision-actions").scoped()
					.json(() -> "{\"action\": \"REMINDER\", \"reason\": \"请按期完成整改\"}"));
		p.put("POST /api/ledger/{key}/supervision-actions ADMONISH",
				post("/api/ledger/" + r.item + "/supervision-actions").scoped()
					.json(() -> "{\"action\": \"ADMONISH\", \"reason\": \"严重逾期，约谈责任人\"}"));
		p.put("GET /api/ledger/{key}/letters", get("/api/ledger/" + r.item + "/letters").scoped());
		p.put("GET /api/letters/{id}", get("/api/letters/" + r.letter).scoped());
		p.put("GET /console/items/{key}/supervision", get("/console/items/" + r.item + "/supervision").scoped());
		p.put("POST /console/items/{key}/actions",
				post("/console/items/" + r.item + "/actions").scoped().form("action", "REMINDER", "reason", "请按期完成整改"));
		p.put("POST /console/items/{key}/actions ADMONISH", post("/console/items/" + r.item + "/actions").scoped()
			.form("action", "ADMONISH", "reason", "严重逾期，约谈责任人"));
		p.put("GET /console/letters/{id}.pdf", get("/console/letters/" + r.letter + ".pdf").scoped());
		p.put("POST /console/items/{key}/plan-corrections",
				post("/console/items/" + r.item + "/plan-corrections").scoped()
					.form("measures", "重新公开发包鱼塘，合同提交村民代表会议表决并公示", "responsiblePerson", "李主任", "responsiblePhone",
							"13912345678", "reason", "更正联系电话"));
		p.put("GET /console/items/{key}/sign-off-form.pdf",
				get("/console/items/" + r.item + "/sign-off-form.pdf").scoped());

		p.put("GET /console", get("/console"));
		p.put("GET /console/ledger",
				get("/console/ledger?roundId=" + round).listing(showing("data-item-id=\"" + r.item + "\"")));
		p.put("GET /console/items/{key}", get("/console/items/" + r.item).scoped());
		p.put("GET /console/items/{key}/diagram", get("/console/items/" + r.item + "/diagram").scoped());
		p.put("GET /console/items/{key}/evidence/{attachmentId}",
				get("/console/items/" + r.item + "/evidence/" + r.attachment).scoped());
		p.put("GET /console/rounds/{id}",
				get("/console/rounds/" + round).scoped().listing(showing("data-unit=\"" + UNIT + "\"")));
		p.put("GET /console/units/{code}", get("/console/units/" + UNIT).scoped());

		org.rectiflow.round.RoundPlanFixtures plans = this.context.getBean(org.rectiflow.round.RoundPlanFixtures.class);
		long planRound = plans.round();
		long planEntry = plans.entry(planRound);
		String entryOn = TestClock.today().plusDays(10).toString();
		String leaveOn = TestClock.today().plusDays(20).toString();
		Fresh<Long> readyRound = new Fresh<>(plans::readyRound);
		Fresh<Long> removableEntry = new Fresh<>(() -> plans.entry(planRound));
		Fresh<Long> readyEntry = new Fresh<>(() -> plans.readyEntry(planRound));
		Fresh<long[]> member = new Fresh<>(() -> plans.entryWithMember(planRound));
		p.put("GET /rounds", get("/rounds"));
		p.put("POST /rounds", post("/rounds").form(() -> new String[] { "name", Unique.code("访问矩阵安排-"), "termStartYear",
				"2021", "termEndYear", "2026", "startsOn", entryOn, "teams", "inspection-team-1" }));
		p.put("GET /rounds/{id}", get("/rounds/" + planRound).scoped());
		p.put("POST /rounds/{id}",
				post("/rounds/" + planRound).scoped()
					.form(() -> new String[] { "name", Unique.code("访问矩阵安排-"), "termStartYear", "2021", "termEndYear",
							"2026", "startsOn", TestClock.today().toString(), "teams", "inspection-team-1", "teams",
							"inspection-team-2" }));
		p.put("POST /rounds/{id}/units", post("/rounds/" + planRound + "/units").scoped()
			.form(() -> new String[] { "unitCodes", plans.village() }));
		p.put("GET /rounds/{id}/unit-choices", get("/rounds/" + planRound + "/unit-choices?q=%E9%9D%92").scoped());
		p.put("POST /rounds/{id}/assign",
				post("/rounds/" + planRound + "/assign").scoped()
					.form("entryIds", String.valueOf(planEntry), "teamGroupId", "inspection-team-1", "entryOn", entryOn,
							"leaveOn", leaveOn));
		p.put("POST /rounds/{id}/start",
				post(() -> "/rounds/" + readyRound.get() + "/start").scoped().usesUp(readyRound));
		p.put("GET /rounds/{id}/units/{entryId}", get("/rounds/" + planRound + "/units/" + planEntry).scoped());
		p.put("POST /rounds/{id}/units/{entryId}",
				post("/rounds/" + planRound + "/units/" + planEntry).scoped()
					.form("teamGroupId", "inspection-team-2", "auditMode", "AUDIT_FIRST", "entryOn", entryOn, "leaveOn",
							leaveOn));
		p.put("POST /rounds/{id}/units/{entryId}/mode",
				post("/rounds/" + planRound + "/units/" + planEntry + "/mode").scoped()
					.form("mode", "DIRECT", "reason", "信访问题集中"));
		p.put("POST /rounds/{id}/units/{entryId}/members",
				post("/rounds/" + planRound + "/units/" + planEntry + "/members").scoped()
					.form(() -> new String[] { "cadreId", String.valueOf(plans.cadre()), "role", "MEMBER" }));
		p.put("POST /rounds/{id}/units/{entryId}/members/{cadreId}/delete", post(
				() -> "/rounds/" + planRound + "/units/" + member.get()[0] + "/members/" + member.get()[1] + "/delete")
			.scoped()
			.usesUp(member));
		long[] startedEntry = plans.startedEntryWithMember(planRound);
		Fresh<long[]> startedMember = new Fresh<>(() -> plans.startedEntryWithMember(planRound));
		p.put("POST /rounds/{id}/units/{entryId}/team",
				post("/rounds/" + planRound + "/units/" + startedEntry[0] + "/team").scoped()
					.form(() -> new String[] { "cadreId", String.valueOf(plans.cadre()), "role", "MEMBER", "reason",
							"原组员因病不能继续参加" }));
		p.put("POST /rounds/{id}/units/{entryId}/team/remove",
				post(() -> "/rounds/" + planRound + "/units/" + startedMember.get()[0] + "/team/remove").scoped()
					.form(() -> new String[] { "cadreId", String.valueOf(startedMember.get()[1]), "reason", "工作调动" })
					.usesUp(startedMember));
		p.put("POST /rounds/{id}/units/{entryId}/delete",
				post(() -> "/rounds/" + planRound + "/units/" + removableEntry.get() + "/delete").scoped()
					.usesUp(removableEntry));
		p.put("POST /rounds/{id}/units/{entryId}/start",
				post(() -> "/rounds/" + planRound + "/units/" + readyEntry.get() + "/start").scoped()
					.usesUp(readyEntry));

		p.put("GET /console/notifications",
				get("/console/notifications").listing(showing("/console/notifications/" + r.notification + "/open")));
		p.put("GET /console/notifications/unread-count", get("/console/notifications/unread-count"));
		p.put("POST /console/notifications/read-all", post("/console/notifications/read-all"));
		p.put("POST /console/notifications/{id}/read",
				post("/console/notifications/" + r.notification + "/read").scoped());
		p.put("GET /console/notifications/{id}/open",
				get("/console/notifications/" + r.notification + "/open").scoped());

		p.put("GET /inbox/done", get("/inbox/done"));
		p.put("GET /workbench", get("/workbench"));
		p.put("GET /workbench/count", get("/workbench/count"));
		p.put("GET /workbench/batch", get("/workbench/batch"));
		p.put("POST /workbench/batch", post("/workbench/batch").form("decision", "APPROVE").answering(400));
		Fresh<String> shownTask = new Fresh<>(r::implementTask);
		p.put("GET /workbench/tasks/{id}", get(() -> "/workbench/tasks/" + shownTask.get()).scoped());
		p.put("POST /workbench/tasks/{id}/form",
				post(() -> "/workbench/tasks/" + shownTask.get() + "/form").scoped().form("measures", "整改措施"));
		p.put("GET /workbench/tasks/{id}/actions",
				get(() -> "/workbench/tasks/" + shownTask.get() + "/actions").scoped());
		p.put("POST /workbench/tasks/{id}",
				post(() -> "/workbench/tasks/" + shownTask.get()).scoped().form("progressNote", "").answering(400));
		p.put("POST /workbench/tasks/{id}/evidence", multipart("/workbench/tasks/" + r.implementTask() + "/evidence",
				"file", "整改照片.png", () -> AccessRecords.PNG)
			.scoped());
		p.put("POST /workbench/tasks/{id}/evidence/{attachmentId}/delete",
				post(() -> "/workbench/tasks/" + shownTask.get() + "/evidence/0/delete").scoped());
		Fresh<String> claimTask = new Fresh<>(r::implementTask);
		p.put("POST /workbench/tasks/{id}/actions/{action}",
				post(() -> "/workbench/tasks/" + claimTask.get() + "/actions/claim").scoped().usesUp(claimTask));
		p.put("GET /console/audit", get("/console/audit"));
		p.put("GET /console/lockouts", get("/console/lockouts"));
		p.put("POST /console/lockouts/lift",
				post("/console/lockouts/lift").form("userId", "nobody", "source", "127.0.0.1"));
		// no days: the office's answer is a 400 page, so the suite's clock stays put
		p.put("GET /demo/time", get("/demo/time"));
		p.put("POST /demo/time/advance", post("/demo/time/advance").form("days", "0").answering(400));
		p.put("POST /demo/time/run-due", post("/demo/time/run-due"));
		p.put("POST /demo/time/next", post("/demo/time/next").form("within", "0").answering(400));
		p.put("POST /api/tasks/{taskId}/return",
				post(() -> "/api/tasks/" + returnTask.get() + "/return").scoped()
					.json(() -> "{\"reason\": \"整改期限填写错误，需重新制定\"}")
					.usesUp(returnTask));
		p.put("POST /api/tasks/{taskId}/transfer",
				post(() -> "/api/tasks/" + transferTask.get() + "/transfer").scoped()
					.json(() -> "{\"colleague\": \"%s\", \"reason\": \"由文书整理佐证材料\"}".formatted(AccessRecords.CLERK))
					.usesUp(transferTask));

		long evaluation = r.evaluation.getId();
		p.put("GET /console/evaluations", get("/console/evaluations"));
		p.put("GET /console/evaluations/{id}", get("/console/evaluations/" + evaluation).scoped());
		p.put("GET /console/evaluations/{id}/qr.png",
				get("/console/evaluations/" + evaluation + "/qr.png?t=" + r.token).scoped());
		p.put("GET /console/evaluations/{id}/shared.png",
				get("/console/evaluations/" + evaluation + "/shared.png").scoped());
		p.put("POST /console/evaluations/{id}/tokens",
				post("/console/evaluations/" + evaluation + "/tokens").scoped().form("count", "1", "format", "html"));
		p.put("POST /console/evaluations/{id}/close",
				post("/console/evaluations/" + closedEvaluation + "/close").scoped());
		p.put("GET /e/{token}", get("/e/" + r.token).scoped());
		p.put("POST /e/{token}",
				post(() -> "/e/" + answerToken.get()).scoped()
					.form("score_responsibility", "5", "score_measures", "5", "score_solved", "4", "score_effect", "4",
							"score_openness", "5", "score_overall", "5")
					.usesUp(answerToken));
		p.put("GET /e/s/{code}", get("/e/s/" + r.evaluation.getSharedCode()).scoped());
		p.put("POST /e/s/{code}",
				post("/e/s/" + r.evaluation.getSharedCode()).scoped()
					.form("score_responsibility", "5", "score_measures", "5", "score_solved", "4", "score_effect", "4",
							"score_openness", "5", "score_overall", "5"));
		p.put("GET /e/thanks", get("/e/thanks"));

		String key = r.processKey;
		p.put("GET /console/processes", get("/console/processes"));
		p.put("GET /console/processes/{key}", get("/console/processes/" + key).scoped());
		p.put("GET /console/processes/{key}/versions/{version}/xml",
				get("/console/processes/" + key + "/versions/1/xml").scoped());
		p.put("GET /console/processes/{key}/diff", get("/console/processes/" + key + "/diff?from=1&to=2").scoped());
		p.put("GET /console/processes/{key}/migrations/{batchId}",
				get("/console/processes/" + key + "/migrations/" + r.batch + "?from=1&to=2").scoped());
		p.put("GET /console/processes/{key}/migration",
				get("/console/processes/" + key + "/migration?from=1&to=2").scoped());
		p.put("POST /console/processes/{key}/migration",
				post(() -> "/console/processes/" + consoleMigration.get().key() + "/migration").scoped()
					.form(() -> new String[] { "from", "1", "to", "2", "instanceIds",
							consoleMigration.get().instanceId() })
					.usesUp(consoleMigration)
					.afterAllow(batchStarted));
		p.put("POST /console/processes/deployments",
				multipart("/console/processes/deployments", "files", "am-model.bpmn", AccessRecords::newModel));
		p.put("GET /api/processes", get("/api/processes"));
		p.put("GET /api/processes/{key}", get("/api/processes/" + key).scoped());
		p.put("GET /api/processes/migrations/{batchId}", get("/api/processes/migrations/" + r.batch).scoped());
		p.put("GET /api/processes/{key}/migration-plan",
				get("/api/processes/" + key + "/migration-plan?from=1&to=2").scoped());
		p.put("POST /api/processes/{key}/migrations",
				post(() -> "/api/processes/" + apiMigration.get().key() + "/migrations").scoped()
					.json(() -> "{\"from\": 1, \"to\": 2}")
					.usesUp(apiMigration)
					.afterAllow(batchStarted));
		return p;
	}

	/** Asks once as the caller; an allowed change uses its record up. */
	private Verdict ask(Probe probe, String caller) throws Exception {
		MockHttpServletRequestBuilder request = probe.request();
		request.accept(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, MediaType.ALL).with(csrf());
		String path = probe.path();
		if (path.startsWith("/e/")) {
			// the villagers' pages count requests per address: one address per request
			int n = ADDRESSES.incrementAndGet();
			String address = "10.8." + (n / 250) + "." + (n % 250 + 1);
			request.with((mock) -> {
				mock.setRemoteAddr(address);
				return mock;
			});
		}
		if (!caller.equals(ANONYMOUS)) {
			if (path.startsWith("/api/")) {
				request.with(httpBasic(caller, password(caller)));
			}
			else {
				// the console: the login form's session, as a browser has it
				request.cookie(session(caller));
			}
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		Verdict verdict = verdict(probe, response);
		if (verdict.allowed()) {
			probe.allowed(response);
		}
		return verdict;
	}

	private Cookie session(String caller) throws Exception {
		Cookie cookie = this.sessions.get(caller);
		if (cookie == null) {
			cookie = this.mvc.perform(formLogin("/login").user(caller).password(password(caller)))
				.andReturn()
				.getResponse()
				.getCookie("JSESSIONID");
			assertThat(cookie).as("session of %s", caller).isNotNull();
			this.sessions.put(caller, cookie);
		}
		return cookie;
	}

	/** Every method and pattern of Spring MVC's handler mapping, as "GET /api/units". */
	private Set<String> endpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					endpoints.add(method + " " + pattern);
				}
			}
		}
		return endpoints;
	}

	private static String endpointOf(String row) {
		String[] parts = row.split(" ");
		return parts[0] + " " + parts[1];
	}

	private static Predicate<MockHttpServletResponse> showing(String text) {
		return (response) -> content(response).contains(text);
	}

	private static Predicate<MockHttpServletResponse> showingId(long id) {
		Pattern record = Pattern.compile("\"id\":" + id + "[,}]");
		return (response) -> record.matcher(content(response)).find();
	}

	private static String content(MockHttpServletResponse response) {
		try {
			return response.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int spreadsheetRows(MockHttpServletResponse response) {
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(response.getContentAsByteArray()))) {
			return workbook.getSheetAt(0).getPhysicalNumberOfRows();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String json(MockHttpServletResponse response, String field) {
		try {
			return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.getContentAsString())
				.get(field)
				.asText();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Probe get(String path) {
		return new Probe(HttpMethod.GET, () -> path);
	}

	private static Probe get(Supplier<String> path) {
		return new Probe(HttpMethod.GET, path);
	}

	private static Probe post(String path) {
		return new Probe(HttpMethod.POST, () -> path);
	}

	private static Probe post(Supplier<String> path) {
		return new Probe(HttpMethod.POST, path);
	}

	private static Probe put(String path) {
		return new Probe(HttpMethod.PUT, () -> path);
	}

	private static Probe delete(Supplier<String> path) {
		return new Probe(HttpMethod.DELETE, path);
	}

	private static Probe multipart(String path, String part, String filename, Supplier<byte[]> content) {
		return new Probe(HttpMethod.POST, () -> path).file(part, filename, content);
	}

	/** One row's request, made anew for each caller. */
	static final class Probe {

		private final HttpMethod method;

		private final Supplier<String> path;

		private Supplier<String> json;

		private Supplier<String[]> form;

		private String part;

		private String filename;

		private Supplier<byte[]> file;

		private final Map<String, Object> attributes = new LinkedHashMap<>();

		private boolean scoped;

		private Integer ownStatus;

		private Predicate<MockHttpServletResponse> shows;

		private final List<Fresh<?>> usedUp = new ArrayList<>();

		private Consumer<MockHttpServletResponse> afterAllow = (response) -> {
		};

		private String lastPath;

		Probe(HttpMethod method, Supplier<String> path) {
			this.method = method;
			this.path = path;
		}

		/** The request names an existing record: 404 means it is not the caller's. */
		Probe scoped() {
			this.scoped = true;
			return this;
		}

		Probe json(Supplier<String> body) {
			this.json = body;
			return this;
		}

		Probe form(String... namesAndValues) {
			return form(() -> namesAndValues);
		}

		Probe form(Supplier<String[]> namesAndValues) {
			this.form = namesAndValues;
			return this;
		}

		/**
		 * A list: the caller is allowed when the list shows the record ({@code shows}),
		 * and denied when it is refused or leaves the record out.
		 */
		Probe listing(Predicate<MockHttpServletResponse> shows) {
			this.shows = shows;
			return this;
		}

		Probe file(String part, String filename, Supplier<byte[]> content) {
			this.part = part;
			this.filename = filename;
			this.file = content;
			return this;
		}

		Probe attribute(String name, Object value) {
			this.attributes.put(name, value);
			return this;
		}

		/** The endpoint's own answer when reached (the error page answers its error). */
		Probe answering(int status) {
			this.ownStatus = status;
			return this;
		}

		Probe usesUp(Fresh<?> record) {
			this.usedUp.add(record);
			return this;
		}

		Probe afterAllow(Consumer<MockHttpServletResponse> action) {
			this.afterAllow = action;
			return this;
		}

		String path() {
			return this.lastPath;
		}

		MockHttpServletRequestBuilder request() {
			this.lastPath = this.path.get();
			MockHttpServletRequestBuilder request;
			if (this.file != null) {
				MockMultipartHttpServletRequestBuilder multipart = MockMvcRequestBuilders.multipart(this.method,
						this.lastPath);
				multipart.file(new MockMultipartFile(this.part, this.filename, MediaType.APPLICATION_OCTET_STREAM_VALUE,
						this.file.get()));
				request = multipart;
			}
			else {
				request = MockMvcRequestBuilders.request(this.method, this.lastPath);
			}
			if (this.json != null) {
				request.contentType(MediaType.APPLICATION_JSON).content(this.json.get());
			}
			if (this.form != null) {
				String[] fields = this.form.get();
				request.contentType(MediaType.APPLICATION_FORM_URLENCODED);
				for (int i = 0; i < fields.length; i += 2) {
					request.param(fields[i], fields[i + 1]);
				}
			}
			this.attributes.forEach(request::requestAttr);
			return request;
		}

		void allowed(MockHttpServletResponse response) {
			this.afterAllow.accept(response);
			this.usedUp.forEach(Fresh::usedUp);
		}

	}

	/**
	 * The verdict of one answer: allowed, denied or a wrong request; a refusal must say
	 * why in its door's form, a ProblemDetail under /api (and the API description), a 403
	 * page in Chinese on the console (not 404).
	 */
	private static Verdict verdict(Probe probe, MockHttpServletResponse response) {
		int status = response.getStatus();
		String body = content(response);
		if (probe.ownStatus != null && status == probe.ownStatus) {
			return Verdict.allow(status);
		}
		if (status == 401 || status == 403 || (status == 404 && probe.scoped)) {
			String type = String.valueOf(response.getContentType());
			boolean api = probe.path().startsWith("/api/") || probe.path().startsWith("/v3/");
			boolean said = api
					? type.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE) && body.contains("\"detail\"")
					: type.startsWith(MediaType.TEXT_HTML_VALUE) && CHINESE.matcher(body).find();
			if (!said) {
				return Verdict.deny(status, "refused without a message: " + type + " " + body);
			}
			// README "Console": a record outside one's scope is a 403 page there, not 404
			// the workbench hides a task one may not see (404) rather than refusing it
			boolean hides = probe.path().startsWith("/workbench/");
			return (api || hides || status != 404) ? Verdict.deny(status)
					: Verdict.deny(status, "a console page answers 404 for a record outside the caller's scope");
		}
		if (status >= 300 && status < 400) {
			boolean toLogin = String.valueOf(response.getRedirectedUrl()).replaceFirst("\\?.*", "").endsWith("/login");
			return toLogin ? Verdict.deny(status) : Verdict.allow(status);
		}
		if (status >= 200 && status < 300) {
			return (probe.shows == null || probe.shows.test(response)) ? Verdict.allow(status) : Verdict.deny(status);
		}
		return Verdict.wrong(status, body);
	}

}
