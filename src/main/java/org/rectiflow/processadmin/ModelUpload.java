package org.rectiflow.processadmin;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.identity.CurrentUser;

import org.springframework.stereotype.Service;

/**
 * Deploys {@code .bpmn} and {@code .form} files as one deployment, the way Camunda
 * Modeler does: duplicate filtering on (an unchanged set of files makes no new version),
 * every file in the deployment (tasks bind their forms with
 * {@code formRefBinding="deployment"}). The engine's deployment gate judges it like any
 * other deployment; a refusal deploys nothing and comes back per element. The deployment
 * runs as the user, so Camunda checks the user's DEPLOYMENT permission and records the
 * user in its operation log.
 */
@Service
class ModelUpload {

	/** The deployment source of uploads from the console page. */
	static final String SOURCE = "rectiflow-console";

	private final RepositoryService repository;

	private final IdentityService identity;

	private final ProcessAdminProperties properties;

	ModelUpload(RepositoryService repository, IdentityService identity, ProcessAdminProperties properties) {
		this.repository = repository;
		this.identity = identity;
		this.properties = properties;
	}

	/**
	 * Deploys the files as the user.
	 * @param name the deployment name; blank for the first model's file name
	 * @param files the uploaded files
	 * @param user who deploys
	 * @return the process versions made (empty when nothing changed)
	 */
	Deployed deploy(String name, List<ModelFile> files, CurrentUser user) {
		check(files);
		this.identity.setAuthentication(user.userId(), new ArrayList<>(user.groups()));
		try {
			return deploy(name, SOURCE, files);
		}
		catch (AuthorizationException ex) {
			throw new AccessRefusedException("没有部署权限 / You may not deploy: " + ex.getMessage());
		}
		finally {
			this.identity.clearAuthentication();
		}
	}

	/** Deploys the files with the given source, as whoever is authenticated (if any). */
	Deployed deploy(String name, String source, List<ModelFile> files) {
		DeploymentBuilder builder = this.repository.createDeployment()
			.name(deploymentName(name, files))
			.source(source)
			.enableDuplicateFiltering(false);
		for (ModelFile file : files) {
			builder.addInputStream(file.name(), new ByteArrayInputStream(file.content()));
		}
		DeploymentWithDefinitions deployment;
		try {
			deployment = builder.deployWithResult();
		}
		catch (ParseException ex) {
			throw DeploymentRefusedException.of(ex);
		}
		catch (AuthorizationException ex) {
			throw ex;
		}
		catch (ProcessEngineException ex) {
			// e.g. a form that is not JSON: the engine's own deployers refuse it
			throw DeploymentRefusedException.of("部署失败 / Deployment failed: " + ex.getMessage());
		}
		List<ProcessDefinition> definitions = (deployment.getDeployedProcessDefinitions() != null)
				? deployment.getDeployedProcessDefinitions() : List.of();
		return new Deployed(deployment.getId(), deployment.getName(),
				definitions.stream().map((d) -> new Version(d.getKey(), d.getName(), d.getVersion())).toList());
	}

	private void check(List<ModelFile> files) {
		if (files.isEmpty()) {
			throw DeploymentRefusedException.of("请选择要部署的 .bpmn 或 .form 文件 / Choose .bpmn or .form files to deploy");
		}
		if (files.size() > this.properties.maxFiles()) {
			throw DeploymentRefusedException.of("一次最多部署 " + this.properties.maxFiles() + " 个文件 / At most "
					+ this.properties.maxFiles() + " files at once");
		}
		Set<String> names = new HashSet<>();
		for (ModelFile file : files) {
			if (!file.name().endsWith(".bpmn") && !file.name().endsWith(".form")) {
				throw DeploymentRefusedException
					.of("只能部署 .bpmn 和 .form 文件：" + file.name() + " / Only .bpmn and .form files: " + file.name());
			}
			if (file.content().length == 0) {
				throw DeploymentRefusedException.of("文件 " + file.name() + " 是空的 / " + file.name() + " is empty");
			}
			if (file.content().length > this.properties.maxFileSize().toBytes()) {
				throw DeploymentRefusedException.of("文件 " + file.name() + " 超过 " + this.properties.maxFileSizeText()
						+ " / " + file.name() + " is larger than " + this.properties.maxFileSizeText());
			}
			if (!names.add(file.name())) {
				throw DeploymentRefusedException.of("文件 " + file.name() + " 重复 / " + file.name() + " is there twice");
			}
		}
	}

	private static String deploymentName(String name, List<ModelFile> files) {
		if (name != null && !name.isBlank()) {
			return name.strip();
		}
		return files.stream()
			.map(ModelFile::name)
			.filter((file) -> file.endsWith(".bpmn"))
			.map((file) -> file.substring(0, file.length() - ".bpmn".length()))
			.findFirst()
			.orElse(files.get(0).name());
	}

	/**
	 * One file to deploy; the name is reduced to its file name (no folders).
	 */
	record ModelFile(String name, byte[] content) {

		ModelFile {
			name = ProcessVersions.fileName((name != null) ? name.strip() : "");
		}

	}

	/** A process version a deployment made. */
	record Version(String key, String name, int version) {

	}

	/** The deployment made (or the unchanged one found), with the versions it made. */
	record Deployed(String deploymentId, String name, List<Version> versions) {

		@JsonProperty("unchanged")
		public boolean unchanged() {
			return this.versions.isEmpty();
		}

	}

}
