package org.rectiflow.identity;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.rectiflow.support.ApiTest;
import org.rectiflow.support.Unique;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Swagger UI for a person logged in to the console: its pages get the session's CSRF
 * token, its script sends it in the header Spring Security reads, a POST with the session
 * and that header passes (and fails without it), and the OpenAPI description offers HTTP
 * Basic.
 */
@ApiTest
class SwaggerUiTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void tryItOutWithTheConsolesSessionSendsTheCsrfTokenItsPageGot() throws Exception {
		Cookie session = this.mvc.perform(formLogin("/login").user("inspection-office").password("demo"))
			.andReturn()
			.getResponse()
			.getCookie("JSESSIONID");
		assertThat(session).isNotNull();

		// the page of a logged-in user gets the token in a cookie its script can read
		MockHttpServletResponse page = this.mvc.perform(get("/swagger-ui/index.html").cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		Cookie token = page.getCookie(ApiDocumentation.CSRF_COOKIE);
		assertThat(token).isNotNull();
		assertThat(token.isHttpOnly()).isFalse();
		assertThat(token.getPath()).isEqualTo("/swagger-ui");
		assertThat(page.getHeader("Set-Cookie")).contains("SameSite=Strict");

		// the script Swagger UI runs copies that cookie into the documented header
		String initializer = this.mvc.perform(get("/swagger-ui/swagger-initializer.js").cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(initializer).contains("requestInterceptor", ApiDocumentation.CSRF_COOKIE,
				ApiDocumentation.CSRF_HEADER);

		String round = """
				{"name": "%s", "termStartYear": 2026, "termEndYear": 2030, "startsOn": "2026-12-01"}
				""";
		this.mvc
			.perform(post("/api/rounds").cookie(session)
				.header(ApiDocumentation.CSRF_HEADER, token.getValue())
				.contentType(MediaType.APPLICATION_JSON)
				.content(round.formatted(Unique.code("Swagger 轮次 "))))
			.andExpect(status().isCreated());
		// without the header, or with another token, the session alone is refused
		this.mvc
			.perform(post("/api/rounds").cookie(session)
				.contentType(MediaType.APPLICATION_JSON)
				.content(round.formatted(Unique.code("Swagger 轮次 "))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/rounds").cookie(session)
				.header(ApiDocumentation.CSRF_HEADER, "not-the-token")
				.contentType(MediaType.APPLICATION_JSON)
				.content(round.formatted(Unique.code("Swagger 轮次 "))))
			.andExpect(status().isForbidden());
	}

	@Test
	void noCookieBeforeLoginAndTheDescriptionOffersHttpBasic() throws Exception {
		MockHttpServletResponse anonymous = this.mvc.perform(get("/swagger-ui/index.html")).andReturn().getResponse();
		assertThat(anonymous.getCookie(ApiDocumentation.CSRF_COOKIE)).isNull();

		String description = this.mvc.perform(get("/v3/api-docs").with(httpBasic("inspection-office", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<String>read(description, "$.components.securitySchemes.basicAuth.type")).isEqualTo("http");
		assertThat(JsonPath.<String>read(description, "$.components.securitySchemes.basicAuth.scheme"))
			.isEqualTo("basic");
		assertThat(JsonPath.<java.util.List<Object>>read(description, "$.security[*].basicAuth")).isNotEmpty();
	}

}
