package org.rectiflow.processadmin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.identity.UserNames;

import org.springframework.stereotype.Service;

/**
 * Each process's versions as the console shows them: when and from where each was
 * deployed, by whom, and how many instances run on it. The counts come from one aggregate
 * statistics query, the deployers from Camunda's user operation log (the engine records
 * the user of each REST or console deployment; startup deployments have none).
 */
@Service
class ProcessVersions {

	/** The deployment name Camunda's Spring integration gives the startup deployment. */
	static final String STARTUP_DEPLOYMENT = "SpringAutoDeployment";

	private final RepositoryService repository;

	private final ManagementService management;

	private final HistoryService history;

	private final UserNames userNames;

	ProcessVersions(RepositoryService repository, ManagementService management, HistoryService history,
			UserNames userNames) {
		this.repository = repository;
		this.management = management;
		this.history = history;
		this.userNames = userNames;
	}

	/** Every process, by key, with its versions newest first. */
	List<ProcessHistory> all() {
		return list(this.repository.createProcessDefinitionQuery()
			.orderByProcessDefinitionKey()
			.asc()
			.orderByProcessDefinitionVersion()
			.desc()
			.list());
	}

	/** One process's versions, newest first; 404 when no version has that key. */
	ProcessHistory of(String key) {
		List<ProcessHistory> found = list(this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(key)
			.orderByProcessDefinitionVersion()
			.desc()
			.list());
		if (found.isEmpty()) {
			throw new RecordNotFoundException("流程 / process", key);
		}
		return found.get(0);
	}

	/** One version of a process; 404 when it does not exist. */
	ProcessDefinition definition(String key, int version) {
		ProcessDefinition definition = this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(key)
			.processDefinitionVersion(version)
			.singleResult();
		if (definition == null) {
			throw new RecordNotFoundException("流程版本 / process version", key + " v" + version);
		}
		return definition;
	}

	/** The BPMN XML of one version, as deployed. */
	byte[] xml(String key, int version) {
		ProcessDefinition definition = definition(key, version);
		try (InputStream in = this.repository.getProcessModel(definition.getId())) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<ProcessHistory> list(List<ProcessDefinition> definitions) {
		if (definitions.isEmpty()) {
			return List.of();
		}
		Map<String, Deployment> deployments = new HashMap<>();
		for (Deployment deployment : this.repository.createDeploymentQuery().list()) {
			deployments.put(deployment.getId(), deployment);
		}
		Map<String, Long> running = new HashMap<>();
		for (ProcessDefinitionStatistics statistics : this.management.createProcessDefinitionStatisticsQuery().list()) {
			running.put(statistics.getId(), (long) statistics.getInstances());
		}
		Map<String, String> deployers = deployers();
		Map<String, String> names = this.userNames.of(deployers.values());
		Map<String, List<VersionRow>> byKey = new LinkedHashMap<>();
		Map<String, String> processNames = new HashMap<>();
		for (ProcessDefinition definition : definitions) {
			Deployment deployment = deployments.get(definition.getDeploymentId());
			String userId = deployers.get(definition.getDeploymentId());
			String source = (deployment != null) ? deployment.getSource() : null;
			String deploymentName = (deployment != null) ? deployment.getName() : null;
			Instant time = (deployment != null && deployment.getDeploymentTime() != null)
					? deployment.getDeploymentTime().toInstant() : null;
			List<VersionRow> rows = byKey.computeIfAbsent(definition.getKey(), (k) -> new ArrayList<>());
			rows.add(new VersionRow(definition.getId(), definition.getKey(), definition.getVersion(),
					definition.getName(), definition.getDeploymentId(), deploymentName, time,
					sourceLabel(source, deploymentName), fileName(definition.getResourceName()), userId,
					deployerLabel(userId, names, source, deploymentName), running.getOrDefault(definition.getId(), 0L),
					rows.isEmpty()));
			processNames.putIfAbsent(definition.getKey(), definition.getName());
		}
		List<ProcessHistory> histories = new ArrayList<>();
		byKey.forEach((key, rows) -> histories.add(new ProcessHistory(key, processNames.get(key), rows)));
		return histories;
	}

	/** Who made each deployment, by deployment id, from the user operation log. */
	private Map<String, String> deployers() {
		Map<String, String> deployers = new HashMap<>();
		for (UserOperationLogEntry entry : this.history.createUserOperationLogQuery()
			.entityType(EntityTypes.DEPLOYMENT)
			.operationType(UserOperationLogEntry.OPERATION_TYPE_CREATE)
			.list()) {
			if (entry.getDeploymentId() != null && entry.getUserId() != null) {
				deployers.putIfAbsent(entry.getDeploymentId(), entry.getUserId());
			}
		}
		return deployers;
	}

	static boolean isStartup(String source, String deploymentName) {
		return source == null && STARTUP_DEPLOYMENT.equals(deploymentName);
	}

	static String sourceLabel(String source, String deploymentName) {
		if (isStartup(source, deploymentName)) {
			return "应用启动（processes/、forms/）";
		}
		if (source == null || source.isBlank()) {
			return "—";
		}
		return switch (source) {
			case ModelUpload.SOURCE -> "控制台上传";
			case HotReload.SOURCE -> "开发环境热部署";
			default -> source;
		};
	}

	private static String deployerLabel(String userId, Map<String, String> names, String source,
			String deploymentName) {
		if (userId != null) {
			String name = names.getOrDefault(userId, userId);
			return name.equals(userId) ? userId : name + "（" + userId + "）";
		}
		if (isStartup(source, deploymentName)) {
			return "系统启动";
		}
		if (HotReload.SOURCE.equals(source)) {
			return "系统（热部署）";
		}
		return "—";
	}

	/**
	 * The file name of a resource: startup deployments name their resources by absolute
	 * path.
	 */
	static String fileName(String resourceName) {
		if (resourceName == null) {
			return null;
		}
		String name = resourceName.replace('\\', '/');
		return name.substring(name.lastIndexOf('/') + 1);
	}

	/** One process key and its versions, newest first. */
	record ProcessHistory(String key, String name, List<VersionRow> versions) {

		public VersionRow latest() {
			return this.versions.get(0);
		}

		@JsonProperty("running")
		public long running() {
			return this.versions.stream().mapToLong(VersionRow::running).sum();
		}

	}

	/** One version of a process, with its deployment. */
	record VersionRow(String definitionId, String key, int version, String name, String deploymentId,
			String deploymentName, Instant deployedAt, String source, String resource, String deployerId,
			String deployer, long running, boolean latest) {

	}

}
