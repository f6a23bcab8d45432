package org.rectiflow.rectification;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.task.listener.DelegateExpressionTaskListener;
import org.camunda.bpm.engine.impl.util.xml.Element;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The user tasks whose completion changes a ledger record, and the listener bean that
 * records it. The models (docs/process-variables.md) name no listener for these steps, so
 * this plugin attaches the beans as built-in task listeners when a model is parsed: they
 * run in the engine's transaction — also when an administrator skips custom listeners —
 * so an item cannot fall behind its process. A task whose model already names the bean
 * ({@code camunda:taskListener delegateExpression="${bean}"}) is left alone. Renaming one
 * of these task ids in Camunda Modeler stops its update: change this list with the model
 * ({@code LedgerTaskHooksTests} checks the shipped models).
 */
@Component
class LedgerTaskHooks extends AbstractProcessEnginePlugin {

	private final ApplicationContext context;

	LedgerTaskHooks(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
		if (listeners == null) {
			listeners = new ArrayList<>();
			configuration.setCustomPostBPMNParseListeners(listeners);
		}
		listeners.add(new Attach());
	}

	/** A user task of a process and the bean that records its completion. */
	enum Hook {

		/** 认领并制定整改措施 → 整改中. */
		PLAN_MEASURES(ItemTimeline.PROCESS_KEY, "Task_PlanMeasures", "rectificationPlanRecorder"),
		/** 落实整改并提交佐证材料 → 四方会审中. */
		IMPLEMENT(ItemTimeline.PROCESS_KEY, "Task_Implement", "implementationRecorder"),
		/** The four review tasks: each party's vote. */
		REVIEW_OFFICE(ItemTimeline.PROCESS_KEY, "Task_ReviewOffice", "reviewVoteRecorder"),
		REVIEW_DISCIPLINE(ItemTimeline.PROCESS_KEY, "Task_ReviewDiscipline", "reviewVoteRecorder"),
		REVIEW_ORGANIZATION(ItemTimeline.PROCESS_KEY, "Task_ReviewOrganization", "reviewVoteRecorder"),
		REVIEW_DEPARTMENT(ItemTimeline.PROCESS_KEY, "Task_ReviewDepartment", "reviewVoteRecorder"),
		/** 报送阶段性进展. */
		REPORT_PROGRESS(ItemTimeline.PROCESS_KEY, "Task_ReportProgress", "progressReportRecorder"),
		/** inspection-round › 制定整改方案. */
		DRAFT_PLAN("inspection-round", "Task_DraftPlan", "rectificationPlanSubmitter"),
		/** inspection-round › 审核整改方案. */
		REVIEW_PLAN("inspection-round", "Task_ReviewPlan", "rectificationPlanReviewer"),
		/** inspection-round › 召开专题组织生活会. */
		HOLD_MEETING("inspection-round", "Task_HoldMeeting", "rectificationMeetingRecorder"),
		/** inspection-round › 报送整改报告. */
		SUBMIT_REPORT("inspection-round", "Task_SubmitRectificationReport", "rectificationReportRecorder");

		final String processKey;

		final String taskId;

		final String bean;

		Hook(String processKey, String taskId, String bean) {
			this.processKey = processKey;
			this.taskId = taskId;
			this.bean = bean;
		}

	}

	private final class Attach extends AbstractBpmnParseListener {

		@Override
		public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
			if (!(activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition)
					|| !(activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior)) {
				return;
			}
			TaskDefinition task = behavior.getTaskDefinition();
			for (Hook hook : Hook.values()) {
				if (hook.processKey.equals(definition.getKey()) && hook.taskId.equals(activity.getId())
						&& !namedInModel(task, hook.bean)) {
					task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE,
							(delegateTask) -> LedgerTaskHooks.this.context.getBean(hook.bean, TaskListener.class)
								.notify(delegateTask));
				}
			}
		}

		private static boolean namedInModel(TaskDefinition task, String bean) {
			List<TaskListener> named = task.getTaskListenersForEvent(TaskListener.EVENTNAME_COMPLETE);
			return named != null && named.stream()
				.anyMatch((listener) -> listener instanceof DelegateExpressionTaskListener expression
						&& expression.getExpressionText().replace(" ", "").equals("${" + bean + "}"));
		}

	}

}
