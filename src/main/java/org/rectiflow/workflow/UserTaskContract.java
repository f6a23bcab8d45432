package org.rectiflow.workflow;

import java.util.List;

import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * What a feature requires of the user tasks of the models it runs, judged by the
 * deployment gate with its own checks (e.g. the review tasks of
 * {@code rectification-item} belong to the parties of the settings). A feature module
 * provides it as a bean.
 */
public interface UserTaskContract {

	/**
	 * Why this user task of this process may not be deployed, each "中文 / English"; empty
	 * when it may.
	 */
	List<String> problems(String processId, UserTask task);

}
