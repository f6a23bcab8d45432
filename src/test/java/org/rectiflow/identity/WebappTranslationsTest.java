package org.rectiflow.identity;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the Simplified Chinese translations of the Camunda webapps (see
 * docs/decisions/0004-webapp-translations.md).
 * <p>
 * The English file is read from the Camunda webjar on the classpath, our {@code zh.json}
 * and {@code config.js} from {@code src/main/resources}. After a Camunda upgrade this
 * test names every key that the new {@code en.json} has and our {@code zh.json} lacks.
 */
class WebappTranslationsTest {

	private static final String APP_ROOT = "/META-INF/resources/webjars/camunda/app/";

	/** Angular-translate parameters ({{name}}) and ng-pluralize's count ({}). */
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|\\{}");

	/**
	 * A few English labels are only the plural "s" appended to a noun; Chinese has no
	 * plural, so their translation is empty.
	 */
	private static final String PLURAL_SUFFIX = "s";

	private static final Pattern FORMAT_TOKEN = Pattern.compile("%[sd]");

	private static final Pattern HTML_TAG = Pattern.compile("</?(?:a|b|br|code|em|i|li|p|span|strong|ul)\\b[^>]*>",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

	private static final Pattern LINE_COMMENT = Pattern.compile("(?m)^\\s*//.*$");

	private static final Pattern AVAILABLE_LOCALES = Pattern
		.compile("['\"]?availableLocales['\"]?\\s*:\\s*\\[([^\\]]*)]");

	private static final Pattern FALLBACK_LOCALE = Pattern
		.compile("['\"]?fallbackLocale['\"]?\\s*:\\s*['\"]([^'\"]*)['\"]");

	private static final Pattern QUOTED = Pattern.compile("['\"]([^'\"]+)['\"]");

	private final ObjectMapper objectMapper = new ObjectMapper();

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "admin", "welcome", "cockpit" })
	void chineseTranslationCoversEveryEnglishKey(String app) throws IOException {
		String enPath = APP_ROOT + app + "/locales/en.json";
		URL enUrl = getClass().getResource(enPath);
		assertThat(enUrl).as("%s is expected in the Camunda webjar", enPath).isNotNull();
		assertThat(enUrl.getProtocol())
			.as("%s must come from the Camunda webjar, not from an override in src/main/resources", enPath)
			.isEqualTo("jar");
		JsonNode en = readJson(enPath);
		JsonNode zh = readJson(APP_ROOT + app + "/locales/zh.json");

		List<String> problems = new ArrayList<>();
		compare("", en, zh, problems);
		collectExtraKeys("", en, zh, problems);
		assertThat(problems).as("Problems in %s/locales/zh.json compared with the webjar's en.json", app).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "admin", "welcome", "cockpit" })
	void configDeclaresChineseWithEnglishFallback(String app) throws IOException {
		String config = stripComments(readText(APP_ROOT + app + "/scripts/config.js"));
		Matcher available = AVAILABLE_LOCALES.matcher(config);
		assertThat(available.find()).as("%s/scripts/config.js declares locales.availableLocales", app).isTrue();
		Set<String> locales = new LinkedHashSet<>();
		Matcher quoted = QUOTED.matcher(available.group(1));
		while (quoted.find()) {
			locales.add(quoted.group(1));
		}
		assertThat(locales).as("availableLocales in %s/scripts/config.js", app).contains("en", "zh");
		Matcher fallback = FALLBACK_LOCALE.matcher(config);
		assertThat(fallback.find()).as("%s/scripts/config.js declares locales.fallbackLocale", app).isTrue();
		assertThat(fallback.group(1)).as("fallbackLocale in %s/scripts/config.js", app).isEqualTo("en");
		for (String locale : locales) {
			String file = APP_ROOT + app + "/locales/" + locale + ".json";
			assertThat(getClass().getResource(file)).as("%s is declared in config.js, so %s must exist", locale, file)
				.isNotNull();
		}
	}

	private void compare(String path, JsonNode en, JsonNode zh, List<String> problems) {
		if (zh == null || zh.isMissingNode() || zh.isNull()) {
			problems.add("missing key " + path + " (en: " + abbreviate(en) + ")");
			return;
		}
		if (en.isObject()) {
			if (!zh.isObject()) {
				problems.add(path + " must be an object");
				return;
			}
			for (Map.Entry<String, JsonNode> field : en.properties()) {
				compare(path + "/" + field.getKey(), field.getValue(), zh.get(field.getKey()), problems);
			}
		}
		else if (en.isArray()) {
			if (!zh.isArray() || zh.size() != en.size()) {
				problems.add(path + " must be an array of " + en.size() + " elements");
				return;
			}
			for (int i = 0; i < en.size(); i++) {
				compare(path + "/" + i, en.get(i), zh.get(i), problems);
			}
		}
		else if (en.isTextual()) {
			compareText(path, en.asText(), zh, problems);
		}
		else if (en.getNodeType() != zh.getNodeType()) {
			problems.add(path + " must be of type " + en.getNodeType() + " like en.json");
		}
	}

	private void compareText(String path, String en, JsonNode zhNode, List<String> problems) {
		if (!zhNode.isTextual()) {
			problems.add(path + " must be a string");
			return;
		}
		String zh = zhNode.asText();
		if (!en.isBlank() && zh.isBlank() && !PLURAL_SUFFIX.equals(en)) {
			problems.add("empty value " + path + " (en: \"" + en + "\")");
			return;
		}
		for (Pattern pattern : List.of(PLACEHOLDER, FORMAT_TOKEN, HTML_TAG)) {
			Matcher matcher = pattern.matcher(en);
			while (matcher.find()) {
				if (!zh.contains(matcher.group())) {
					problems.add(path + " lacks " + matcher.group() + " (en: \"" + en + "\", zh: \"" + zh + "\")");
				}
			}
		}
	}

	private void collectExtraKeys(String path, JsonNode en, JsonNode zh, List<String> problems) {
		if (zh == null || !zh.isObject() || en == null || !en.isObject()) {
			return;
		}
		for (Map.Entry<String, JsonNode> field : zh.properties()) {
			String name = field.getKey();
			if (!en.has(name)) {
				problems.add("key " + path + "/" + name + " is not in en.json any more: remove it");
			}
			else {
				collectExtraKeys(path + "/" + name, en.get(name), zh.get(name), problems);
			}
		}
	}

	private static String abbreviate(JsonNode node) {
		String text = node.isTextual() ? "\"" + node.asText() + "\"" : node.toString();
		return (text.length() > 80) ? text.substring(0, 77) + "..." : text;
	}

	private static String stripComments(String script) {
		return LINE_COMMENT.matcher(BLOCK_COMMENT.matcher(script).replaceAll("")).replaceAll("");
	}

	private JsonNode readJson(String resource) throws IOException {
		try (InputStream in = open(resource)) {
			return this.objectMapper.readTree(in);
		}
	}

	private String readText(String resource) throws IOException {
		try (InputStream in = open(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private InputStream open(String resource) {
		InputStream in = getClass().getResourceAsStream(resource);
		assertThat(in).as("classpath resource %s", resource).isNotNull();
		return in;
	}

}
