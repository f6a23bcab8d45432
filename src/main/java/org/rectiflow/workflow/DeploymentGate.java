package org.rectiflow.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.repository.Deployment;

import org.rectiflow.identity.StandardGroups;

import org.springframework.stereotype.Component;

/**
 * The one gate every deployment passes — from Camunda Modeler through
 * {@code /engine-rest}, from the console, or at startup: a deployment that would break
 * the application is refused as a whole, with a message per element, before anything is
 * stored. Registered as a Camunda pre-deployer, so no door can go around it.
 */
@Component
class DeploymentGate extends AbstractProcessEnginePlugin {

	/**
	 * What a deployment may hold besides BPMN models: Camunda Forms and diagram images.
	 * No DMN or CMMN (the application runs none), no HTML forms, no scripts.
	 */
	private static final Pattern ACCEPTED = Pattern.compile("\\.(form|png|svg)$");

	private final ProcessBeans beans;

	private final StandardGroups standardGroups;

	private final List<UserTaskContract> taskContracts;

	DeploymentGate(ProcessBeans beans, StandardGroups standardGroups, List<UserTaskContract> taskContracts) {
		this.beans = beans;
		this.taskContracts = List.copyOf(taskContracts);
		this.standardGroups = standardGroups;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<Deployer> deployers = configuration.getCustomPreDeployers();
		if (deployers == null) {
			deployers = new ArrayList<>();
			configuration.setCustomPreDeployers(deployers);
		}
		deployers.add(new Gate(configuration));
	}

	private final class Gate implements Deployer {

		private final ProcessEngineConfigurationImpl configuration;

		private final ObjectMapper json = new ObjectMapper();

		Gate(ProcessEngineConfigurationImpl configuration) {
			this.configuration = configuration;
		}

		@Override
		public void deploy(DeploymentEntity deployment) {
			Map<String, ResourceEntity> resources = deployment.getResources();
			// An engine loading an earlier deployment into its cache (e.g. another
			// cluster node's)
			// runs the deployers again: that deployment was judged when it was made.
			if (!deployment.isNew() || resources == null || resources.isEmpty()) {
				return;
			}
			List<Problem> formProblems = new ArrayList<>();
			Set<String> forms = formIds(resources, formProblems);
			ModelChecks checks = new ModelChecks(this::groupExists, DeploymentGate.this.beans, forms,
					this::deployedBefore, DeploymentGate.this.taskContracts);
			for (ResourceEntity resource : resources.values()) {
				String name = resource.getName();
				List<Problem> problems = new ArrayList<>();
				if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
					problems.addAll(checks.check(resource.getBytes()));
				}
				else if (!ACCEPTED.matcher(name).find()) {
					problems.add(new GateProblem(
							"不接受文件 " + name + "：只部署 BPMN 流程 (.bpmn)、Camunda 表单 (.form) 和流程图片 / " + name
									+ " is refused: only BPMN models, Camunda Forms and diagram images are deployed",
							null));
				}
				if (!problems.isEmpty()) {
					throw refused(name, problems);
				}
			}
			if (!formProblems.isEmpty()) {
				throw refused("forms", formProblems);
			}
		}

		private ParseException refused(String resource, List<Problem> problems) {
			return new ParseException(
					"部署被拒绝：" + resource + " 有 " + problems.size() + " 处问题 / Deployment refused: " + resource + " has "
							+ problems.size() + " problem(s): " + problems.get(0).getMessage(),
					resource, problems, List.of());
		}

		private Set<String> formIds(Map<String, ResourceEntity> resources, List<Problem> problems) {
			Set<String> ids = new HashSet<>();
			for (ResourceEntity resource : resources.values()) {
				if (resource.getName().endsWith(".form")) {
					String id = formId(resource.getBytes());
					if (id == null) {
						problems.add(new GateProblem("表单 " + resource.getName() + " 不是有效的 Camunda 表单 (缺少 id) / "
								+ resource.getName() + " is not a Camunda Form with an id", null));
					}
					else {
						ids.add(id);
					}
				}
			}
			return ids;
		}

		private String formId(byte[] bytes) {
			try {
				JsonNode id = this.json.readTree(bytes).path("id");
				return id.isTextual() ? id.asText() : null;
			}
			catch (IOException ex) {
				return null;
			}
		}

		private boolean groupExists(String groupId) {
			return DeploymentGate.this.standardGroups.contains(groupId)
					|| this.configuration.getIdentityService().createGroupQuery().groupId(groupId).count() > 0;
		}

		/**
		 * A form referenced with binding latest/version may come from an earlier
		 * deployment.
		 */
		private boolean deployedBefore(String formId) {
			var repository = this.configuration.getRepositoryService();
			for (Deployment earlier : repository.createDeploymentQuery().list()) {
				for (String name : repository.getDeploymentResourceNames(earlier.getId())) {
					if (name.endsWith(".form")) {
						try (InputStream in = repository.getResourceAsStream(earlier.getId(), name)) {
							if (formId.equals(formId(in.readAllBytes()))) {
								return true;
							}
						}
						catch (IOException ex) {
							// an unreadable earlier resource does not provide the form
						}
					}
				}
			}
			return false;
		}

	}

}
