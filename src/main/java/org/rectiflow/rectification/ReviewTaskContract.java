package org.rectiflow.rectification;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;

import org.rectiflow.workflow.UserTaskContract;

import org.springframework.stereotype.Component;

/**
 * The deployment gate's view of the review tasks of {@code rectification-item}: a task
 * that records a vote ({@code ${reviewVoteRecorder}}) belongs to a party of the settings
 * ({@code rectiflow.review.parties}), and a party's task carries the party's candidate
 * group and form. A fifth party is accepted once the settings name it.
 */
@Component
class ReviewTaskContract implements UserTaskContract {

	static final String PROCESS = "rectification-item";

	private static final String RECORDER = "${reviewVoteRecorder}";

	private final ReviewParties parties;

	ReviewTaskContract(ReviewParties parties) {
		this.parties = parties;
	}

	@Override
	public List<String> problems(String processId, UserTask task) {
		List<String> problems = new ArrayList<>();
		if (!PROCESS.equals(processId)) {
			return problems;
		}
		Optional<ReviewParty> party = this.parties.ofTask(task.getId());
		String name = (task.getName() != null) ? task.getName() : task.getId();
		if (party.isEmpty()) {
			if (recordsVotes(task)) {
				problems.add("用户任务「" + name
						+ "」记录会审意见，但设置 rectiflow.review.parties 中没有它的会审方（会审任务的 id 为 Task_Review + 会审方 id，现有："
						+ String.join(", ", this.parties.all().stream().map(ReviewParty::taskKey).toList())
						+ "） / user task " + task.getId()
						+ " records review votes but no party of rectiflow.review.parties has it as its task");
			}
			return problems;
		}
		ReviewParty reviewer = party.get();
		if (!recordsVotes(task)) {
			problems.add("会审任务「" + name + "」缺少记录会审意见的任务监听器 (complete: " + RECORDER + ") / review task " + task.getId()
					+ " lacks the complete listener " + RECORDER);
		}
		String groups = (task.getCamundaCandidateGroups() != null) ? task.getCamundaCandidateGroups().strip() : "";
		if (reviewer.group() != null && !reviewer.group().isBlank() && !reviewer.group().strip().equals(groups)) {
			problems.add("会审任务「" + name + "」的候选组应为 " + reviewer.group() + "（设置 rectiflow.review.parties 中"
					+ reviewer.name() + "的 group），现为 " + groups + " / review task " + task.getId()
					+ " must have the candidate group " + reviewer.group() + " of its party");
		}
		if (task.getCamundaFormRef() != null && !reviewer.form().equals(task.getCamundaFormRef())) {
			problems.add("会审任务「" + name + "」的表单应为 " + reviewer.form() + "，现为 " + task.getCamundaFormRef()
					+ " / review task " + task.getId() + " must use the form " + reviewer.form());
		}
		return problems;
	}

	private static boolean recordsVotes(UserTask task) {
		ExtensionElements extensions = task.getExtensionElements();
		if (extensions == null) {
			return false;
		}
		return extensions.getElementsQuery()
			.filterByType(CamundaTaskListener.class)
			.list()
			.stream()
			.anyMatch((listener) -> RECORDER.equals(listener.getCamundaDelegateExpression()));
	}

}
