package org.rectiflow.workflow;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The process variables a Camunda Form's submit produces: the key of each input field
 * (its first segment, as a key {@code a.b} writes variable {@code a}), and the path of a
 * group or dynamic list, whose fields are written inside it. Display components and
 * read-only or disabled fields write nothing.
 */
final class FormFields {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Set<String> DISPLAY = Set.of("text", "html", "image", "button", "separator", "spacer",
			"iframe", "table", "documentPreview");

	private FormFields() {
	}

	static Set<String> of(byte[] form) {
		try {
			Set<String> fields = new TreeSet<>();
			collect(JSON.readTree(form), fields);
			return fields;
		}
		catch (IOException ex) {
			return Set.of();
		}
	}

	private static void collect(JsonNode container, Set<String> fields) {
		for (JsonNode component : container.path("components")) {
			if (component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false)) {
				continue;
			}
			String path = component.path("path").asText("");
			String key = component.path("key").asText("");
			if (!path.isBlank()) {
				fields.add(first(path));
			}
			else if (!key.isBlank() && !DISPLAY.contains(component.path("type").asText())) {
				fields.add(first(key));
			}
			else {
				collect(component, fields);
			}
		}
	}

	private static String first(String path) {
		int dot = path.indexOf('.');
		return (dot < 0) ? path.trim() : path.substring(0, dot).trim();
	}

}
