package org.rectiflow.rectification;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence files over HTTP: the unit uploads while rectifying, readers download with the
 * Chinese file name intact, and everyone else is refused without seeing anything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class EvidenceApiTests {

	private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private LedgerFixtures fixtures;

	@Autowired
	private ObjectMapper json;

	@Test
	void theUnitUploadsAndReadersDownloadWithTheChineseName() throws Exception {
		RectificationItem item = inProgress("T02V05");
		ResponseEntity<String> uploaded = upload("village-t02v05", item.getId(), "整改会议记录 (扫描件).pdf", "application/pdf",
				PDF);
		assertThat(uploaded.getStatusCode()).as(uploaded.getBody()).isEqualTo(HttpStatus.CREATED);
		JsonNode view = this.json.readTree(uploaded.getBody());
		String path = view.get("downloadPath").asText();
		assertThat(uploaded.getHeaders().getLocation()).hasToString(path);
		assertThat(view.get("sizeBytes").asLong()).isEqualTo(PDF.length);
		assertThat(view.get("uploadedBy").asText()).isEqualTo("village-t02v05");

		for (String reader : new String[] { "village-t02v05", "township-t02", "dept-agriculture", "leading-group" }) {
			ResponseEntity<byte[]> download = this.rest.withBasicAuth(reader, "demo").getForEntity(path, byte[].class);
			assertThat(download.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
			assertThat(download.getBody()).isEqualTo(PDF);
			assertThat(download.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PDF)).isTrue();
			String disposition = download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
			assertThat(disposition).startsWith("attachment; filename=\"evidence-" + view.get("id").asText() + ".pdf\"");
			assertThat(ContentDisposition.parse(disposition).getFilename()).isEqualTo("整改会议记录 (扫描件).pdf");
			assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8))
				.isEqualTo("整改会议记录 (扫描件).pdf");
			assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		}
		for (String outsider : new String[] { "village-t02v06", "township-t01", "dept-finance" }) {
			ResponseEntity<String> refused = this.rest.withBasicAuth(outsider, "demo").getForEntity(path, String.class);
			assertThat(refused.getStatusCode()).as(outsider).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(refused.getBody()).doesNotContain("%PDF");
		}
		assertThat(this.rest.withBasicAuth("village-t02v05", "demo")
			.getForEntity("/api/ledger/" + item.getId() + "/attachments/" + LedgerFixtures.nextId(), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void onlyTheOwnUnitMayUploadAndOnlyWhileRectifying() {
		RectificationItem item = inProgress("T02V06");
		ResponseEntity<String> otherVillage = upload("village-t02v07", item.getId(), "a.png", "image/png",
				LedgerFixtures.PNG);
		assertThat(otherVillage.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(otherVillage.getBody()).doesNotContain("石门村");
		ResponseEntity<String> township = upload("township-t02", item.getId(), "a.png", "image/png",
				LedgerFixtures.PNG);
		assertThat(township.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(township.getBody()).contains("只有责任单位");
		RectificationItem toPlan = this.fixtures.open(LedgerFixtures.nextId(), "T02V06", "dept-agriculture",
				"INTEGRITY", "尚未制定措施的事项");
		ResponseEntity<String> tooEarly = upload("village-t02v06", toPlan.getId(), "a.png", "image/png",
				LedgerFixtures.PNG);
		assertThat(tooEarly.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(tooEarly.getBody()).contains("待制定措施", "上传佐证材料");
	}

	@Test
	void aWrongTypeAForgedFileAndAnOversizedFileAreRefusedWithAProblem() throws Exception {
		RectificationItem item = inProgress("T02V07");
		JsonNode exe = problem(upload("village-t02v07", item.getId(), "工具.exe", "application/octet-stream",
				new byte[] { 'M', 'Z', 0, 0 }), HttpStatus.BAD_REQUEST);
		assertThat(exe.get("detail").asText()).contains("不支持的文件类型", "pdf", "docx");
		JsonNode forged = problem(
				upload("village-t02v07", item.getId(), "照片.jpg", "image/jpeg",
						"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)),
				HttpStatus.BAD_REQUEST);
		assertThat(forged.get("detail").asText()).contains("内容与扩展名不符");
		JsonNode mislabelled = problem(upload("village-t02v07", item.getId(), "scan.pdf", "text/html", PDF),
				HttpStatus.BAD_REQUEST);
		assertThat(mislabelled.get("detail").asText()).contains("内容与扩展名不符");
		byte[] big = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		JsonNode oversized = problem(upload("village-t02v07", item.getId(), "大文件.pdf", "application/pdf", big),
				HttpStatus.PAYLOAD_TOO_LARGE);
		assertThat(oversized.get("detail").asText()).contains("不能超过 10MB");
		JsonNode noFile = problem(this.rest.withBasicAuth("village-t02v07", "demo")
			.postForEntity("/api/ledger/" + item.getId() + "/attachments", multipart("other", "a.pdf", PDF),
					String.class),
				HttpStatus.BAD_REQUEST);
		assertThat(noFile.get("detail").asText()).contains("file");
		assertThat(this.rest.withBasicAuth("inspection-office", "demo")
			.getForEntity("/api/ledger/" + item.getId(), String.class)
			.getBody()).contains("\"attachments\":[]");
	}

	private RectificationItem inProgress(String unit) {
		return this.fixtures.inProgress(LedgerFixtures.nextId(), unit, "dept-agriculture", "COLLECTIVE_ASSETS",
				"土地承包费收缴不规范", LedgerFixtures.today().plusDays(30));
	}

	private ResponseEntity<String> upload(String user, Long itemId, String filename, String type, byte[] content) {
		HttpEntity<MultiValueMap<String, Object>> request = multipart("file", filename, content);
		HttpHeaders partHeaders = new HttpHeaders();
		partHeaders.setContentType(MediaType.parseMediaType(type));
		partHeaders.setContentDispositionFormData("file", filename);
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("file", new HttpEntity<>(named(content, filename), partHeaders));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return this.rest.withBasicAuth(user, "demo")
			.postForEntity("/api/ledger/" + itemId + "/attachments", new HttpEntity<>(body, headers), String.class);
	}

	private static HttpEntity<MultiValueMap<String, Object>> multipart(String part, String filename, byte[] content) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add(part, named(content, filename));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return new HttpEntity<>(body, headers);
	}

	private static ByteArrayResource named(byte[] content, String filename) {
		return new ByteArrayResource(content) {

			@Override
			public String getFilename() {
				return filename;
			}

		};
	}

	private JsonNode problem(ResponseEntity<String> response, HttpStatus status) throws Exception {
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
		assertThat(response.getHeaders().getContentType()).isNotNull()
			.matches((type) -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		return this.json.readTree(response.getBody());
	}

}
