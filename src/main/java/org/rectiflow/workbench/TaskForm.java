package org.rectiflow.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A Camunda Form as deployed: its id and its components in order. */
record TaskForm(String id, List<FormComponent> components) {

	private static final ObjectMapper JSON = new ObjectMapper();

	static TaskForm read(InputStream in) throws IOException {
		JsonNode root = JSON.readTree(in);
		List<FormComponent> components = new ArrayList<>();
		for (JsonNode node : root.path("components")) {
			components.add(FormComponent.of(node));
		}
		return new TaskForm(root.path("id").asText(""), List.copyOf(components));
	}

}
