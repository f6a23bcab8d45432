package org.rectiflow.security;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input through the public doors of the application: each case gets a 4xx with a
 * message (a ProblemDetail in /api), never a 500, and nothing is stored. The figures are
 * in docs/reliability.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class BadInputTests {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void malformedJsonIsRefusedWithAMessage() {
		unchanged("inspection_round", () -> json("inspection-office", HttpMethod.POST, "/api/rounds",
				"{\"name\": \"2027 第一轮\", \"termStartYear\": 2027,", 400));
		unchanged("cadre", () -> json("inspection-office", HttpMethod.POST, "/api/cadres", "[1, 2", 400));
		unchanged("inspection_round",
				() -> json("inspection-office", HttpMethod.POST, "/api/rounds", "{\"name\": {\"$ne\": 1}}", 400));
	}

	@Test
	void aWrongContentTypeIsRefused() {
		unchanged("inspection_round", () -> {
			HttpHeaders headers = new HttpHeaders();
			headers.setContentType(MediaType.TEXT_PLAIN);
			return problem(send("inspection-office", HttpMethod.POST, "/api/rounds",
					new HttpEntity<>("name=2027&termStartYear=2027", headers), 415));
		});
	}

	@Test
	void aWrongContentTypeOnAMultipartEndpointIsRefusedWithAProblem() {
		unchanged("inspected_unit", () -> problem(
				json("inspection-office", HttpMethod.POST, "/api/units/import", "{\"file\": \"units.xlsx\"}", 415)));
	}

	@Test
	void requestsThatNoControllerTakesAreRefusedWithAProblem() {
		ResponseEntity<String> method = problem(
				send("inspection-office", HttpMethod.DELETE, "/api/units/import", HttpEntity.EMPTY, 405));
		assertThat(method.getHeaders().getAllow()).contains(HttpMethod.POST);
		assertThat(method.getBody()).contains("DELETE");

		HttpHeaders xml = new HttpHeaders();
		xml.setAccept(List.of(MediaType.APPLICATION_XML));
		problem(send("inspection-office", HttpMethod.GET, "/api/units", new HttpEntity<>(xml), 406));
		problem(send("inspection-office", HttpMethod.GET, "/api/no-such-door", HttpEntity.EMPTY, 404));
		problem(send("inspection-office", HttpMethod.GET, "/api/ledger/1/no-such-door", HttpEntity.EMPTY, 404));

		unchanged("inspected_unit", () -> {
			HttpHeaders headers = new HttpHeaders();
			headers.setContentType(MediaType.parseMediaType("multipart/form-data; boundary=rectiflow"));
			return problem(send("inspection-office", HttpMethod.POST, "/api/units/import",
					new HttpEntity<>("--rectiflow\r\nthis is not a multipart body", headers), 400));
		});
	}

	@Test
	void datesAndNumbersOutOfRangeAreRefused() {
		unchanged("inspection_round", () -> json("inspection-office", HttpMethod.POST, "/api/rounds",
				round("2027 轮次", 99999, "2027-03-01"), 400));
		unchanged("inspection_round", () -> json("inspection-office", HttpMethod.POST, "/api/rounds",
				round("2027 轮次", 2027, "2027-13-45"), 400));
		unchanged("inspection_round", () -> json("inspection-office", HttpMethod.POST, "/api/rounds",
				round("2027 轮次", 2027, "+999999999-01-01"), 400));
		send("inspection-office", HttpMethod.GET, "/api/ledger?dueWithinDays=99999", HttpEntity.EMPTY, 400);
		send("inspection-office", HttpMethod.GET, "/api/ledger?page=0&size=100000000", HttpEntity.EMPTY, 400);
		send("inspection-office", HttpMethod.GET, "/api/units?page=-1&size=100000000", HttpEntity.EMPTY, 200);
	}

	@Test
	void unknownAndMalformedIdsAreNotFoundOrBadRequests() {
		send("inspection-office", HttpMethod.GET, "/api/ledger/987654321", HttpEntity.EMPTY, 404);
		send("inspection-office", HttpMethod.GET, "/api/rounds/987654321", HttpEntity.EMPTY, 404);
		send("inspection-office", HttpMethod.GET, "/api/units/NO-SUCH-UNIT", HttpEntity.EMPTY, 404);
		send("inspection-office", HttpMethod.GET, "/api/rounds/abc", HttpEntity.EMPTY, 400);
		send("inspection-office", HttpMethod.GET, "/api/ledger/1e99", HttpEntity.EMPTY, 400);
		unchanged("rectification_extension",
				() -> json("village-t01v01", HttpMethod.POST, "/api/ledger/987654321/extension-requests",
						"{\"requestedDeadline\": \"2027-01-01\", \"reason\": \"需要更多时间完成整改\"}", 404));
		unchanged("rectification_extension",
				() -> json("village-t01v01", HttpMethod.POST, "/api/ledger/987654321/extension-requests",
						"{\"requestedDeadline\": \"+999999999-12-31\", \"reason\": \"需要更多时间完成整改\"}", 400));
	}

	@Test
	void sqlAndExpressionFragmentsInFiltersAreJustText() {
		for (String fragment : new String[] { "' OR '1'='1", "T01'; DROP TABLE rectification_item; --", "${7*7}",
				"#{T(java.lang.Runtime).getRuntime().exec('id')}", "%", "_" }) {
			ResponseEntity<String> ledger = this.rest.withBasicAuth("inspection-office", "demo")
				.getForEntity("/api/ledger?unit={u}&township={t}&q={q}&category={c}", String.class, fragment, fragment,
						fragment, fragment.substring(0, Math.min(fragment.length(), 32)));
			assertThat(ledger.getStatusCode().value()).as(fragment).isIn(200, 400);
			if (ledger.getStatusCode().value() == 200) {
				assertThat(ledger.getBody()).as(fragment).contains("\"totalElements\":0");
			}
			ResponseEntity<String> units = this.rest.withBasicAuth("inspection-office", "demo")
				.getForEntity("/api/units?q={q}&township={t}", String.class, fragment, fragment);
			assertThat(units.getStatusCode().value()).as(fragment).isIn(200, 400);
		}
		assertThat(this.jdbc.queryForObject("select count(*) from rectification_item where 1 = 0", Integer.class))
			.as("the table is still there")
			.isZero();
	}

	@Test
	void scriptInTextFieldsComesBackAsJsonTextThatNoBrowserRuns() {
		String script = "<script>alert('xss')</script>";
		ResponseEntity<String> answer = this.rest.withBasicAuth("inspection-office", "demo")
			.getForEntity("/api/units?q={q}", String.class, script);
		assertThat(answer.getStatusCode().value()).isIn(200, 400);
		assertThat(answer.getHeaders().getContentType().toString()).contains("json");
		assertThat(answer.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		ResponseEntity<String> page = this.rest.getForEntity("/login?error={e}", String.class, script);
		assertThat(page.getBody()).doesNotContain(script);
	}

	@Test
	void anOversizedUploadIsRefused() {
		byte[] big = new byte[21 * 1024 * 1024];
		unchanged("inspected_unit", () -> tooLarge(
				send("inspection-office", HttpMethod.POST, "/api/units/import", upload("units.xlsx", big), 413)));
		unchanged("finding", () -> tooLarge(send("inspection-office", HttpMethod.POST,
				"/api/inspections/1/findings/import", upload("findings.xlsx", big), 413)));
		unchanged("rectification_evidence", () -> tooLarge(
				send("village-t01v01", HttpMethod.POST, "/api/ledger/1/attachments", upload("photo.jpg", big), 413)));
	}

	/**
	 * A request far over the limit is refused before it is read; the client, still
	 * sending, reads the answer only if the server reads the rest of the body first
	 * ({@code server.tomcat.max-swallow-size}).
	 */
	@Test
	void anUploadFarOverTheLimitStillGetsItsAnswer() {
		byte[] huge = new byte[60 * 1024 * 1024];
		unchanged("inspected_unit", () -> tooLarge(
				send("inspection-office", HttpMethod.POST, "/api/units/import", upload("units.xlsx", huge), 413)));
	}

	@Test
	void aMalformedModelIsRefusedAtDeployment() {
		unchanged("act_re_deployment", () -> {
			MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
			parts.add("deployment-name", "bad-xml");
			parts.add("deployment-source", "Camunda Modeler");
			parts.add("bad.bpmn", file("bad.bpmn",
					"<?xml version=\"1.0\"?><bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><bpmn:process id=\"x\""
						.getBytes(StandardCharsets.UTF_8)));
			HttpHeaders headers = new HttpHeaders();
			headers.setContentType(MediaType.MULTIPART_FORM_DATA);
			ResponseEntity<String> answer = this.rest.withBasicAuth("process-admin", "demo")
				.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers), String.class);
			assertThat(answer.getStatusCode().value()).isEqualTo(400);
			assertThat(answer.getBody()).contains("message");
			return answer;
		});
	}

	private static ResponseEntity<String> tooLarge(ResponseEntity<String> answer) {
		problem(answer);
		assertThat(answer.getBody()).contains("上传文件过大 / The upload is too large").contains("20MB");
		return answer;
	}

	/** A ProblemDetail (RFC 9457) with a title in Chinese and English and a detail. */
	static ResponseEntity<String> problem(ResponseEntity<String> answer) {
		assertThat(answer.getHeaders().getContentType()).as(answer.getBody())
			.matches((type) -> type != null && type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
					"application/problem+json");
		assertThat(answer.getBody()).contains("\"status\":" + answer.getStatusCode().value())
			.containsPattern("\"title\":\"[^\"]*\\p{IsHan}[^\"]* / [^\"]+\"")
			.containsPattern("\"detail\":\"[^\"]+");
		return answer;
	}

	private static HttpEntity<MultiValueMap<String, Object>> upload(String name, byte[] content) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", file(name, content));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return new HttpEntity<>(parts, headers);
	}

	private static String round(String name, int year, String startsOn) {
		return "{\"name\": \"" + name + "\", \"termStartYear\": " + year + ", \"termEndYear\": 2028, \"startsOn\": \""
				+ startsOn + "\"}";
	}

	private ResponseEntity<String> json(String user, HttpMethod method, String path, String body, int status) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return send(user, method, path, new HttpEntity<>(body, headers), status);
	}

	private ResponseEntity<String> send(String user, HttpMethod method, String path, HttpEntity<?> request,
			int status) {
		ResponseEntity<String> answer = this.rest.withBasicAuth(user, "demo")
			.exchange(path, method, request, String.class);
		assertThat(answer.getStatusCode().value()).as("%s %s: %s", method, path, answer.getBody()).isEqualTo(status);
		if (status >= 400) {
			assertThat(answer.getHeaders().getContentType()).as("%s %s", method, path)
				.matches((type) -> type != null && (type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
						|| type.isCompatibleWith(MediaType.APPLICATION_JSON)), "a ProblemDetail in JSON");
			assertThat(answer.getBody()).as("%s %s", method, path).containsPattern("\"detail\":\"[^\"]+");
		}
		return answer;
	}

	private void unchanged(String table, Supplier<ResponseEntity<String>> request) {
		Integer before = this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
		request.get();
		assertThat(this.jdbc.queryForObject("select count(*) from " + table, Integer.class)).as(table)
			.isEqualTo(before);
	}

	private static HttpEntity<ByteArrayResource> file(String name, byte[] content) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentDispositionFormData(name, name);
		headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
		return new HttpEntity<>(new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return name;
			}
		}, headers);
	}

}
