package org.rectiflow.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.rectiflow.common.RecordNotFoundException;

import org.springframework.stereotype.Service;

/**
 * A process instance's BPMN model with the activities it is in now (or, once ended, the
 * end events it reached), for the item page's diagram. Read through the engine's Java API
 * by the application after the console has checked the caller's scope.
 */
@Service
class ProcessDiagrams {

	private final RepositoryService repository;

	private final RuntimeService runtime;

	private final HistoryService history;

	ProcessDiagrams(RepositoryService repository, RuntimeService runtime, HistoryService history) {
		this.repository = repository;
		this.runtime = runtime;
		this.history = history;
	}

	Diagram of(String processInstanceId) {
		HistoricProcessInstance instance = this.history.createHistoricProcessInstanceQuery()
			.processInstanceId(processInstanceId)
			.singleResult();
		if (instance == null) {
			throw new RecordNotFoundException("流程实例 / process instance", processInstanceId);
		}
		String xml;
		try (InputStream in = this.repository.getProcessModel(instance.getProcessDefinitionId())) {
			xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Set<String> active = new LinkedHashSet<>();
		boolean running = instance.getEndTime() == null;
		if (running) {
			active.addAll(this.runtime.getActiveActivityIds(processInstanceId));
		}
		else {
			for (HistoricActivityInstance activity : this.history.createHistoricActivityInstanceQuery()
				.processInstanceId(processInstanceId)
				.activityType("noneEndEvent")
				.list()) {
				active.add(activity.getActivityId());
			}
		}
		return new Diagram(instance.getProcessDefinitionKey(), instance.getProcessDefinitionVersion(), running,
				List.copyOf(active), xml);
	}

	/**
	 * @param activeActivityIds the BPMN ids to highlight
	 * @param xml the BPMN 2.0 XML of the instance's process definition version
	 */
	record Diagram(String processDefinitionKey, Integer version, boolean running, List<String> activeActivityIds,
			String xml) {

	}

}
