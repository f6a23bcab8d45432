package org.rectiflow.workflow;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.ModelException;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The checks of the deployment gate for one BPMN resource. Each problem names the element
 * and says, in Chinese and English, what to change in Camunda Modeler.
 */
final class ModelChecks {

	private static final Pattern EXPRESSION = Pattern.compile("^[$#]\\{(.*)}$");

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private final Predicate<String> groupExists;

	private final CodeChecks code;

	private final Predicate<String> formAvailable;

	private final Set<String> formsInDeployment;

	private final List<UserTaskContract> taskContracts;

	ModelChecks(Predicate<String> groupExists, ProcessBeans beans, Set<String> formsInDeployment,
			Predicate<String> formDeployedBefore) {
		this(groupExists, beans, formsInDeployment, formDeployedBefore, List.of());
	}

	ModelChecks(Predicate<String> groupExists, ProcessBeans beans, Set<String> formsInDeployment,
			Predicate<String> formDeployedBefore, List<UserTaskContract> taskContracts) {
		this.taskContracts = taskContracts;
		this.groupExists = groupExists;
		this.code = new CodeChecks(beans);
		this.formsInDeployment = formsInDeployment;
		this.formAvailable = (form) -> formsInDeployment.contains(form) || formDeployedBefore.test(form);
	}

	List<GateProblem> check(byte[] xml) {
		BpmnModelInstance model;
		try {
			model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml));
		}
		catch (ModelException ex) {
			return List.of(new GateProblem("XML 无法解析 / the XML does not parse: " + ex.getMessage(), null));
		}
		List<GateProblem> problems = new ArrayList<>();
		for (Process process : model.getModelElementsByType(Process.class)) {
			checkProcess(process, model, problems);
		}
		for (UserTask task : model.getModelElementsByType(UserTask.class)) {
			checkUserTask(task, problems);
		}
		this.code.check(model, problems);
		return problems;
	}

	private void checkProcess(Process process, BpmnModelInstance model, List<GateProblem> problems) {
		if (!process.isExecutable()) {
			return;
		}
		if (process.getCamundaHistoryTimeToLiveString() == null
				|| process.getCamundaHistoryTimeToLiveString().isBlank()) {
			problems.add(new GateProblem("流程「" + name(process) + "」没有设置历史保留期 (History time to live) / process "
					+ process.getId() + " has no historyTimeToLive", process.getId()));
		}
		Set<String> messages = model.getModelElementsByType(Message.class)
			.stream()
			.map(Message::getName)
			.collect(Collectors.toSet());
		for (String required : ModelContract.MESSAGES.getOrDefault(process.getId(), Set.of())) {
			if (!messages.contains(required)) {
				problems
					.add(new GateProblem(
							"流程「" + name(process) + "」缺少应用依赖的消息 " + required + " / process " + process.getId()
									+ " lost the message " + required + " the application correlates",
							process.getId()));
			}
		}
	}

	private void checkUserTask(UserTask task, List<GateProblem> problems) {
		String processId = processOf(task);
		if (processId != null) {
			for (UserTaskContract contract : this.taskContracts) {
				contract.problems(processId, task)
					.forEach((problem) -> problems.add(new GateProblem(problem, task.getId())));
			}
		}
		String groups = task.getCamundaCandidateGroups();
		if (groups == null || groups.isBlank()) {
			problems.add(new GateProblem(
					"用户任务「" + name(task) + "」没有候选组，任何部门都收不到 / user task " + task.getId() + " has no candidate groups",
					task.getId()));
		}
		else {
			for (String group : groups.split(",")) {
				checkGroup(task, group.trim(), problems);
			}
		}
		String form = task.getCamundaFormRef();
		if (form != null && !EXPRESSION.matcher(form).matches()) {
			boolean bound = "deployment".equals(task.getCamundaFormRefBinding());
			boolean found = bound ? this.formsInDeployment.contains(form) : this.formAvailable.test(form);
			if (!found) {
				problems.add(new GateProblem(
						"用户任务「" + name(task) + "」引用的表单 " + form + (bound ? " 不在本次部署中（请一并部署 .form 文件）" : " 不存在")
								+ " / user task " + task.getId() + " refers to form " + form
								+ (bound ? ", which is not in this deployment" : ", which does not exist"),
						task.getId()));
			}
		}
	}

	private void checkGroup(UserTask task, String group, List<GateProblem> problems) {
		Matcher expression = EXPRESSION.matcher(group);
		if (expression.matches()) {
			Matcher identifiers = IDENTIFIER.matcher(expression.group(1));
			while (identifiers.find()) {
				String variable = identifiers.group();
				if (!ModelContract.GROUP_VARIABLES.contains(variable)) {
					problems.add(
							new GateProblem(
									"用户任务「" + name(task) + "」的候选组表达式使用了应用不提供的变量 " + variable + "（可用："
											+ String.join(", ",
													ModelContract.GROUP_VARIABLES.stream().sorted().toList())
											+ "） / user task " + task.getId() + " uses variable " + variable
											+ " in its candidate groups, which the application does not set",
									task.getId()));
				}
			}
		}
		else if (!this.groupExists.test(group)) {
			problems.add(new GateProblem("用户任务「" + name(task) + "」的候选组 " + group + " 不存在 / user task " + task.getId()
					+ ": candidate group " + group + " does not exist", task.getId()));
		}
	}

	private static String processOf(UserTask task) {
		ModelElementInstance parent = task.getParentElement();
		while (parent != null && !(parent instanceof Process)) {
			parent = parent.getParentElement();
		}
		return (parent instanceof Process process) ? process.getId() : null;
	}

	private static String name(BaseElement element) {
		if (element instanceof FlowElement flow && flow.getName() != null) {
			return flow.getName();
		}
		if (element instanceof Process process && process.getName() != null) {
			return process.getName();
		}
		return element.getId();
	}

}
