package org.rectiflow.workbench;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import org.springframework.stereotype.Component;

/**
 * The stage (巡察准备, 巡前通报 … 整改, 回头看) of each step, read from the deployed models: a step
 * belongs to the stage its own or an enclosing sub-process enters
 * ({@code inspectionStages.enter(execution, 'X')}); the called processes belong to the
 * stage that calls them. A process administrator's new step lands in its sub-process's
 * stage with no code change.
 */
@Component
class TaskStages {

	private static final Pattern ENTER = Pattern.compile("inspectionStages\\.enter\\(execution,\\s*'([A-Z_]+)'\\)");

	private static final Map<String, String> CALLED = Map.of("rectification-item", "RECTIFICATION", "clue-handling",
			"TRANSFER", "recommendation-handling", "TRANSFER", "follow-up-review", "FOLLOW_UP");

	private final RepositoryService repository;

	private final Cache<String, Map<String, String>> byDefinition = Caffeine.newBuilder().maximumSize(500).build();

	private final Cache<String, Map<String, Set<String>>> keysByStage = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(1))
		.build();

	TaskStages(RepositoryService repository) {
		this.repository = repository;
	}

	/** The stage code of a step of a process definition, or {@code null}. */
	String stageOf(String processDefinitionId, String taskDefinitionKey) {
		if (processDefinitionId == null) {
			return null;
		}
		return this.byDefinition.get(processDefinitionId, this::read).get(taskDefinitionKey);
	}

	/** The steps (task definition keys) of a stage in the latest models. */
	Set<String> keysOf(String stage) {
		return this.keysByStage.get("latest", (ignored) -> {
			Map<String, Set<String>> keys = new HashMap<>();
			for (ProcessDefinition definition : this.repository.createProcessDefinitionQuery().latestVersion().list()) {
				this.byDefinition.get(definition.getId(), this::read)
					.forEach((key, code) -> keys.computeIfAbsent(code, (c) -> new LinkedHashSet<>()).add(key));
			}
			return keys;
		}).getOrDefault(stage, Set.of());
	}

	private Map<String, String> read(String definitionId) {
		ProcessDefinition definition = this.repository.getProcessDefinition(definitionId);
		BpmnModelInstance model = this.repository.getBpmnModelInstance(definitionId);
		Map<String, String> stages = new HashMap<>();
		Collection<UserTask> tasks = model.getModelElementsByType(UserTask.class);
		for (UserTask task : tasks) {
			String stage = entered(task);
			if (stage == null) {
				stage = CALLED.get(definition.getKey());
			}
			if (stage == null && "inspection-round".equals(definition.getKey())) {
				stage = "Task_PlanInspection".equals(task.getId()) ? "PLANNED" : "BRIEFING";
			}
			if (stage != null) {
				stages.put(task.getId(), stage);
			}
		}
		return stages;
	}

	private static String entered(ModelElementInstance element) {
		for (ModelElementInstance at = element; at != null; at = at.getParentElement()) {
			if (at instanceof BaseElement base) {
				ExtensionElements extensions = base.getExtensionElements();
				if (extensions != null) {
					for (CamundaExecutionListener listener : extensions.getElementsQuery()
						.filterByType(CamundaExecutionListener.class)
						.list()) {
						Matcher matcher = ENTER.matcher(String.valueOf(listener.getCamundaExpression()));
						if (matcher.find()) {
							return matcher.group(1);
						}
					}
				}
			}
		}
		return null;
	}

}
