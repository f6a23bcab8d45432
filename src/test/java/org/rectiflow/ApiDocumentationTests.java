package org.rectiflow;

import org.junit.jupiter.api.Test;
import org.rectiflow.support.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The records API is described by OpenAPI, for its users: the description of an internal
 * government system is no reading for anonymous callers.
 */
@ApiTest
class ApiDocumentationTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void everyRecordsEndpointIsDocumented() throws Exception {
		this.mvc.perform(get("/v3/api-docs").with(httpBasic("village-t01v01", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths", hasKey("/api/units")))
			.andExpect(jsonPath("$.paths", hasKey("/api/units/import")))
			.andExpect(jsonPath("$.paths", hasKey("/api/rounds")))
			.andExpect(jsonPath("$.paths", hasKey("/api/inspections")))
			.andExpect(jsonPath("$.paths", hasKey("/api/inspections/{id}/team")))
			.andExpect(jsonPath("$.paths", hasKey("/api/inspections/{id}/checklist")))
			.andExpect(jsonPath("$.paths", hasKey("/api/cadres")))
			.andExpect(jsonPath("$.paths", hasKey("/api/checklist")))
			.andExpect(jsonPath("$.paths", hasKey("/api/findings")))
			.andExpect(jsonPath("$.paths", hasKey("/api/findings/{id}/reporter")))
			.andExpect(jsonPath("$.paths", hasKey("/api/inspections/{inspectionId}/findings/import")))
			.andExpect(jsonPath("$.paths", hasKey("/api/immediate-fixes")))
			.andExpect(jsonPath("$.paths", hasKey("/api/clues")))
			.andExpect(jsonPath("$.paths", hasKey("/api/recommendations")))
			.andExpect(jsonPath("$.paths['/api/findings'].get.parameters[*].name",
					org.hamcrest.Matchers.hasItems("page", "size", "sort", "category")));
	}

	@Test
	void theDescriptionAndSwaggerUiNeedALogin() throws Exception {
		for (String description : new String[] { "/v3/api-docs", "/v3/api-docs.yaml" }) {
			this.mvc.perform(get(description))
				.andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.detail").isNotEmpty());
			this.mvc.perform(get(description).with(httpBasic("village-t01v01", "demo"))).andExpect(status().isOk());
		}
		this.mvc.perform(get("/swagger-ui.html").accept(MediaType.TEXT_HTML))
			.andExpect(redirectedUrlPattern("**/login"));
	}

}
