package org.rectiflow.portal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Rectiflow's customisation of the Camunda webapps (decision 0024) relies on,
 * checked against the webjar on the classpath, so that a Camunda upgrade that renames a
 * class or a message fails here rather than bringing back the Camunda 8 banner or English
 * validation: the banner's class, the form-js messages {@code rectiflow/chinese.js}
 * rewrites, and our files where the webapps look for them.
 */
class TasklistCustomisationTests {

	private static final String APP_ROOT = "/META-INF/resources/webjars/camunda/app/";

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void everyWebappHidesTheBannerItsBootstrapDraws(String app) throws IOException {
		assertThat(text(APP_ROOT + app + "/styles/user-styles.css")).contains(".ce-eol-banner", "display: none");
		assertThat(webjarText(APP_ROOT + app + "/camunda-" + app + "-bootstrap.js"))
			.as("the banner of the %s webjar", app)
			.contains("ce-eol-banner");
	}

	@Test
	void tasklistLoadsTheChineseScriptAndPrintsDatesAsTheCountyWritesThem() throws IOException {
		String config = text(APP_ROOT + "tasklist/scripts/config.js");
		assertThat(config).contains("customScripts: ['rectiflow/chinese']", "normal: 'YYYY-MM-DD HH:mm'");
		assertThat(text(APP_ROOT + "tasklist/rectiflow/chinese.js")).contains("此项为必填项", "export default");
	}

	@Test
	void theFormMessagesTheScriptTranslatesAreTheOnesTheWebjarWrites() throws IOException {
		String forms = webjarText("/META-INF/resources/webjars/camunda/lib/deps.js");
		for (String message : List.of("Field is required.", "Field must have minimum length of ${",
				"Field must have maximum length of ${", "Field must have minimum value of ${",
				"Field must have maximum value of ${", "Field must match pattern ${", "Field must be a valid email.",
				"fjs-form-field-error")) {
			assertThat(forms).as("form-js in the webjar writes %s", message).contains(message);
		}
	}

	private String text(String path) throws IOException {
		try (InputStream in = getClass().getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** A file of the webjar itself (ours come first on the classpath, so ask for all). */
	private String webjarText(String path) throws IOException {
		var urls = getClass().getClassLoader().getResources(path.substring(1));
		while (urls.hasMoreElements()) {
			var url = urls.nextElement();
			if (url.toString().contains("camunda-webapp-webjar")) {
				try (InputStream in = url.openStream()) {
					return new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError(path + " is not in the Camunda webjar");
	}

}
