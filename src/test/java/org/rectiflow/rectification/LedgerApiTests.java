package org.rectiflow.rectification;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger API over HTTP with the demo users: filters, paging and sorting, the caller's
 * scope, and errors a user can act on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class LedgerApiTests {

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private LedgerFixtures fixtures;

	@Autowired
	private ObjectMapper json;

	private long round;

	private RectificationItem qingshanAssets;

	private RectificationItem qingshanOverdue;

	private RectificationItem shiqiaoToPlan;

	private RectificationItem hexiRed;

	private RectificationItem hexiSoon;

	@BeforeEach
	void seed() {
		this.round = LedgerFixtures.nextId();
		this.qingshanAssets = this.fixtures.inProgress(this.round, "T01V01", "dept-agriculture", "COLLECTIVE_ASSETS",
				"村集体鱼塘承包合同未经村民代表会议表决", LedgerFixtures.today().plusDays(60));
		this.qingshanOverdue = this.fixtures.overdue(this.round, "T01V01", "dept-finance", "INTEGRITY",
				"违规发放误工补贴 GPS 定位记录缺失", 5);
		this.shiqiaoToPlan = this.fixtures.open(this.round, "T01V02", "dept-agriculture", "ORGANIZATION", "党员发展程序不规范");
		this.hexiRed = this.fixtures.warn(
				this.fixtures.overdue(this.round, "T02V01", "dept-agriculture", "COLLECTIVE_ASSETS", "扶贫资产未登记入账", 20),
				WarningLevel.RED);
		this.hexiSoon = this.fixtures.warn(this.fixtures.inProgress(this.round, "T02V01", "dept-finance", "INTEGRITY",
				"村务公开栏长期未更新", LedgerFixtures.today().plusDays(7)), WarningLevel.YELLOW);
	}

	@Test
	void theOfficeListsTheRoundPagedAndSortedByDeadline() throws Exception {
		JsonNode page = get("inspection-office", "/api/ledger?roundId=" + this.round + "&size=2");
		assertThat(page.at("/page/totalElements").asLong()).isEqualTo(5);
		assertThat(page.at("/page/totalPages").asLong()).isEqualTo(3);
		assertThat(ids(page)).containsExactly(this.hexiRed.getId(), this.qingshanOverdue.getId());
		assertThat(page.at("/content/0/stateLabel").asText()).isEqualTo("整改中");
		assertThat(page.at("/content/0/colourLabel").asText()).isEqualTo("红");
		assertThat(page.at("/content/0/overdue").asBoolean()).isTrue();
		assertThat(page.at("/content/0/overdueDays").asLong()).isEqualTo(20);

		JsonNode last = get("inspection-office", "/api/ledger?roundId=" + this.round + "&size=2&page=2");
		assertThat(ids(last)).containsExactly(this.shiqiaoToPlan.getId());

		JsonNode byUnitDesc = get("inspection-office",
				"/api/ledger?roundId=" + this.round + "&sort=unitCode,desc&sort=deadline,asc");
		assertThat(ids(byUnitDesc)).containsExactly(this.hexiRed.getId(), this.hexiSoon.getId(),
				this.shiqiaoToPlan.getId(), this.qingshanOverdue.getId(), this.qingshanAssets.getId());
	}

	@Test
	void everyFilterNarrowsTheList() throws Exception {
		String base = "/api/ledger?roundId=" + this.round;
		assertThat(ids(get("leading-group", base + "&township=T02"))).containsExactlyInAnyOrder(this.hexiRed.getId(),
				this.hexiSoon.getId());
		assertThat(ids(get("leading-group", base + "&township=township-t01"))).hasSize(3);
		assertThat(ids(get("leading-group", base + "&unit=T01V02"))).containsExactly(this.shiqiaoToPlan.getId());
		assertThat(ids(get("leading-group", base + "&unit=village-t01v01"))).hasSize(2);
		assertThat(ids(get("leading-group", base + "&department=dept-finance")))
			.containsExactlyInAnyOrder(this.qingshanOverdue.getId(), this.hexiSoon.getId());
		assertThat(ids(get("leading-group", base + "&category=COLLECTIVE_ASSETS")))
			.containsExactlyInAnyOrder(this.qingshanAssets.getId(), this.hexiRed.getId());
		assertThat(ids(get("leading-group", base + "&state=TO_PLAN"))).containsExactly(this.shiqiaoToPlan.getId());
		assertThat(ids(get("leading-group", base + "&state=TO_PLAN,IN_PROGRESS"))).hasSize(5);
		assertThat(ids(get("leading-group", base + "&colour=RED&colour=YELLOW")))
			.containsExactlyInAnyOrder(this.hexiRed.getId(), this.hexiSoon.getId());
		assertThat(ids(get("leading-group", base + "&overdue=true"))).containsExactlyInAnyOrder(this.hexiRed.getId(),
				this.qingshanOverdue.getId());
		assertThat(ids(get("leading-group", base + "&overdue=false"))).hasSize(3);
		assertThat(ids(get("leading-group", base + "&dueWithinDays=10"))).containsExactly(this.hexiSoon.getId());
		assertThat(ids(get("leading-group", base + "&flagged=true"))).containsExactly(this.hexiRed.getId());
		assertThat(ids(get("leading-group", base + "&q=gps"))).containsExactly(this.qingshanOverdue.getId());
		assertThat(ids(get("leading-group", base + "&q=鱼塘"))).containsExactly(this.qingshanAssets.getId());
		assertThat(ids(get("leading-group", base + "&q=公示整改结果"))).hasSize(4);
		assertThat(ids(get("leading-group", base + "&q=100%25"))).isEmpty();
		assertThat(ids(get("leading-group", base + "&township=T01&department=dept-agriculture&state=IN_PROGRESS")))
			.containsExactly(this.qingshanAssets.getId());
	}

	@Test
	void eachCallerSeesOnlyTheirOwnItemsAndCountsMatch() throws Exception {
		String base = "/api/ledger?roundId=" + this.round;
		JsonNode village = get("village-t01v01", base);
		assertThat(ids(village)).containsExactlyInAnyOrder(this.qingshanAssets.getId(), this.qingshanOverdue.getId());
		assertThat(village.at("/page/totalElements").asLong()).isEqualTo(2);
		assertThat(ids(get("village-t02v02", base))).isEmpty();
		assertThat(ids(get("township-t01", base))).hasSize(3);
		JsonNode finance = get("dept-finance", base);
		assertThat(ids(finance)).containsExactlyInAnyOrder(this.qingshanOverdue.getId(), this.hexiSoon.getId());
		assertThat(finance.at("/page/totalElements").asLong()).isEqualTo(2);
		assertThat(ids(get("dept-agriculture", base + "&township=T02"))).containsExactly(this.hexiRed.getId());
		assertThat(ids(get("discipline-commission", base))).hasSize(5);
		assertThat(ids(get("organization-dept", base))).hasSize(5);
	}

	@Test
	void anotherUnitsOrDepartmentsItemIsNotFoundAndShowsNothingOfIt() {
		Long id = this.qingshanAssets.getId();
		for (String outsider : List.of("village-t02v01", "village-t01v02", "township-t02", "dept-finance",
				"petition-office")) {
			for (String path : List.of("/api/ledger/" + id, "/api/ledger/" + id + "/timeline")) {
				ResponseEntity<String> response = this.rest.withBasicAuth(outsider, "demo")
					.getForEntity(path, String.class);
				assertThat(response.getStatusCode()).as(outsider + " " + path).isEqualTo(HttpStatus.NOT_FOUND);
				assertThat(response.getHeaders().getContentType()).isNotNull()
					.matches((type) -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
				assertThat(response.getBody()).contains("未找到").doesNotContain("鱼塘").doesNotContain("青山村");
			}
		}
		for (String insider : List.of("village-t01v01", "township-t01", "dept-agriculture", "inspection-office")) {
			ResponseEntity<String> response = this.rest.withBasicAuth(insider, "demo")
				.getForEntity("/api/ledger/" + id, String.class);
			assertThat(response.getStatusCode()).as(insider).isEqualTo(HttpStatus.OK);
			assertThat(response.getBody()).contains("鱼塘");
		}
	}

	@Test
	void onlyTheOwnUnitRequestsAnExtensionAndOthersAreRefused() {
		Long id = this.qingshanAssets.getId();
		String body = "{\"requestedDeadline\":\"" + LedgerFixtures.today().plusDays(90) + "\",\"reason\":\"需要等待审计结果\"}";
		assertThat(post("village-t02v01", "/api/ledger/" + id + "/extension-requests", body).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		ResponseEntity<String> township = post("township-t01", "/api/ledger/" + id + "/extension-requests", body);
		assertThat(township.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(township.getBody()).contains("只有责任单位");
		ResponseEntity<String> invalid = post("village-t01v01", "/api/ledger/" + id + "/extension-requests",
				"{\"reason\":\"短\"}");
		assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(invalid.getBody()).contains("requestedDeadline").contains("reason");
		ResponseEntity<String> noProcess = post("village-t01v01", "/api/ledger/" + id + "/extension-requests", body);
		assertThat(noProcess.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
	}

	@Test
	void badQueriesAnswerWithAProblemThatSaysWhatToFix() throws Exception {
		JsonNode state = problem("/api/ledger?state=DONE", HttpStatus.BAD_REQUEST);
		assertThat(state.at("/detail").asText()).contains("state", "DONE", "TO_PLAN, IN_PROGRESS");
		assertThat(state.at("/errors/0/field").asText()).isEqualTo("state");
		assertThat(problem("/api/ledger?dueWithinDays=-1", HttpStatus.BAD_REQUEST).at("/detail").asText())
			.contains("dueWithinDays");
		assertThat(problem("/api/ledger?roundId=abc", HttpStatus.BAD_REQUEST).at("/detail").asText())
			.contains("roundId", "abc");
		assertThat(problem("/api/ledger?size=500", HttpStatus.BAD_REQUEST).at("/detail").asText()).contains("200");
		assertThat(problem("/api/ledger?sort=password", HttpStatus.BAD_REQUEST).at("/detail").asText())
			.contains("password", "deadline");
		assertThat(problem("/api/ledger/abc", HttpStatus.BAD_REQUEST).at("/detail").asText()).contains("数字");
		long unknown = LedgerFixtures.nextId();
		JsonNode notFound = problem("/api/ledger/" + unknown, HttpStatus.NOT_FOUND);
		assertThat(notFound.at("/title").asText()).contains("未找到");
		assertThat(notFound.at("/detail").asText()).as("the API keeps both halves")
			.isEqualTo("未找到整改事项 " + unknown + " / Item not found: " + unknown);
		assertThat(this.rest.getForEntity("/api/ledger", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void theDetailCarriesTheItemsRecords() throws Exception {
		this.fixtures.attachPng(this.qingshanAssets);
		JsonNode detail = get("dept-agriculture", "/api/ledger/" + this.qingshanAssets.getId());
		assertThat(detail.at("/item/unitName").asText()).isEqualTo("青山村");
		assertThat(detail.at("/item/supervisingDeptName").asText()).isEqualTo("农业农村局");
		assertThat(detail.at("/responsiblePhone").asText()).isEqualTo("13800000000");
		assertThat(detail.at("/attachments/0/filename").asText()).isEqualTo("现场照片.png");
		assertThat(detail.at("/attachments/0/downloadPath").asText())
			.startsWith("/api/ledger/" + this.qingshanAssets.getId() + "/attachments/");
		assertThat(detail.at("/votes").isArray()).isTrue();
		assertThat(detail.at("/extensions").isArray()).isTrue();
	}

	@Test
	void statisticsCountByStateColourAndOverdueWithinTheScope() throws Exception {
		JsonNode all = get("inspection-office", "/api/ledger/statistics?roundId=" + this.round);
		assertThat(all.at("/byState/IN_PROGRESS").asLong()).isEqualTo(4);
		assertThat(all.at("/byState/TO_PLAN").asLong()).isEqualTo(1);
		assertThat(all.at("/byState/SIGNED_OFF").asLong()).isZero();
		assertThat(all.at("/openByColour/RED").asLong()).isEqualTo(1);
		assertThat(all.at("/openByColour/YELLOW").asLong()).isEqualTo(1);
		assertThat(all.at("/openByColour/NONE").asLong()).isEqualTo(3);
		assertThat(all.at("/overdueByTownship").toString()).contains("\"key\":\"T01\"", "\"name\":\"青山镇\"",
				"\"key\":\"T02\"");
		assertThat(all.at("/overdueByDepartment/0/count").asLong()).isEqualTo(1);
		assertThat(all.at("/overdueByCategory").size()).isEqualTo(2);

		JsonNode finance = get("dept-finance", "/api/ledger/statistics?roundId=" + this.round);
		assertThat(finance.at("/byState/IN_PROGRESS").asLong()).isEqualTo(2);
		assertThat(finance.at("/overdueByDepartment").size()).isEqualTo(1);
		assertThat(finance.at("/overdueByDepartment/0/name").asText()).isEqualTo("财政局");
	}

	@Test
	void theApiIsDocumented() throws Exception {
		ResponseEntity<String> docs = this.rest.withBasicAuth("dept-finance", "demo")
			.getForEntity("/v3/api-docs", String.class);
		assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode paths = this.json.readTree(docs.getBody()).get("paths");
		assertThat(paths.has("/api/ledger")).isTrue();
		assertThat(paths.has("/api/ledger/{id}")).isTrue();
		assertThat(paths.has("/api/ledger/{id}/timeline")).isTrue();
		assertThat(paths.has("/api/ledger/export.xlsx")).isTrue();
		assertThat(paths.has("/api/ledger/statistics")).isTrue();
		assertThat(paths.has("/api/ledger/{id}/attachments")).isTrue();
		assertThat(paths.has("/api/ledger/{id}/attachments/{attachmentId}")).isTrue();
		assertThat(paths.has("/api/ledger/{id}/extension-requests")).isTrue();
		List<String> parameters = new ArrayList<>();
		paths.at("/~1api~1ledger/get/parameters")
			.forEach((parameter) -> parameters.add(parameter.get("name").asText()));
		assertThat(parameters).contains("roundId", "township", "unit", "department", "category", "state", "colour",
				"overdue", "dueWithinDays", "q", "page", "size", "sort");
	}

	private JsonNode get(String user, String path) throws Exception {
		ResponseEntity<String> response = this.rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
		return this.json.readTree(response.getBody());
	}

	private JsonNode problem(String path, HttpStatus status) throws Exception {
		ResponseEntity<String> response = this.rest.withBasicAuth("inspection-office", "demo")
			.getForEntity(path, String.class);
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
		assertThat(response.getHeaders().getContentType()).isNotNull()
			.matches((type) -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		return this.json.readTree(response.getBody());
	}

	private ResponseEntity<String> post(String user, String path, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return this.rest.withBasicAuth(user, "demo").postForEntity(path, new HttpEntity<>(body, headers), String.class);
	}

	private static List<Long> ids(JsonNode page) {
		List<Long> ids = new ArrayList<>();
		page.at("/content").forEach((entry) -> ids.add(entry.get("id").asLong()));
		return ids;
	}

}
