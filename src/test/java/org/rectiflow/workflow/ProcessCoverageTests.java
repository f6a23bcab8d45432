package org.rectiflow.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every model in {@code processes/} reaches 95% flow-node coverage over all process tests
 * together. Runs after them (see junit-platform.properties) and reads the reports the
 * coverage extension wrote under {@code target/process-test-coverage}.
 */
@Order(Integer.MAX_VALUE)
class ProcessCoverageTests {

	private static final Path REPORTS = Path.of("target", "process-test-coverage");

	private static final Pattern FLOW_NODE = Pattern.compile("<bpmn:(userTask|serviceTask|callActivity|receiveTask|"
			+ "intermediateCatchEvent|intermediateThrowEvent|boundaryEvent|subProcess|startEvent|endEvent|"
			+ "exclusiveGateway|parallelGateway|inclusiveGateway|eventBasedGateway)\\b[^>]*\\bid=\"([^\"]+)\"");

	private static final Pattern PROCESS_ID = Pattern.compile("<bpmn:process\\b[^>]*\\bid=\"([^\"]+)\"");

	@Test
	void everyProcessReachesNinetyFivePercentFlowNodeCoverage() throws IOException {
		Assumptions.assumeTrue(Files.isDirectory(REPORTS), "no coverage reports: the process tests did not run");
		Map<String, Set<String>> reached = reachedFlowNodes();
		try (Stream<Path> models = Files.list(Path.of("processes"))) {
			for (Path model : models.filter((path) -> path.toString().endsWith(".bpmn")).toList()) {
				String xml = Files.readString(model);
				String processId = first(PROCESS_ID, xml, 1);
				Set<String> flowNodes = all(FLOW_NODE, xml);
				Set<String> missed = new HashSet<>(flowNodes);
				missed.removeAll(reached.getOrDefault(processId, Set.of()));
				double coverage = 1.0 - (double) missed.size() / flowNodes.size();
				assertThat(coverage).as("%s flow-node coverage; never reached: %s", processId, missed)
					.isGreaterThanOrEqualTo(0.95);
			}
		}
	}

	private Map<String, Set<String>> reachedFlowNodes() throws IOException {
		Map<String, Set<String>> reached = new HashMap<>();
		ObjectMapper json = new ObjectMapper();
		List<Path> reports;
		try (Stream<Path> files = Files.walk(REPORTS)) {
			reports = files.filter((path) -> path.getFileName().toString().equals("report.json")).toList();
		}
		for (Path report : reports) {
			for (JsonNode suite : json.readTree(report.toFile()).path("suites")) {
				for (JsonNode run : suite.path("runs")) {
					for (JsonNode event : run.path("events")) {
						if ("FLOW_NODE".equals(event.path("source").asText())) {
							reached.computeIfAbsent(event.path("modelKey").asText(), (key) -> new HashSet<>())
								.add(event.path("definitionKey").asText());
						}
					}
				}
			}
		}
		return reached;
	}

	private static String first(Pattern pattern, String text, int group) {
		Matcher matcher = pattern.matcher(text);
		assertThat(matcher.find()).as("pattern " + pattern).isTrue();
		return matcher.group(group);
	}

	private static Set<String> all(Pattern pattern, String text) {
		Set<String> ids = new HashSet<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			ids.add(matcher.group(2));
		}
		return ids;
	}

}
