package org.rectiflow.round;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Attaches {@link InspectionStageListener} to the elements of {@code inspection-round}
 * named in {@link StageHook}, as built-in listeners (they run even when an administrator
 * skips custom listeners, so the record cannot silently fall behind its process). See
 * docs/decisions/0008-records-follow-the-process.md.
 */
@Component
class InspectionStagePlugin extends AbstractProcessEnginePlugin {

	private final ObjectProvider<InspectionStageListener> listener;

	InspectionStagePlugin(ObjectProvider<InspectionStageListener> listener) {
		this.listener = listener;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
		if (listeners == null) {
			listeners = new ArrayList<>();
			configuration.setCustomPostBPMNParseListeners(listeners);
		}
		listeners.add(new Hooks());
	}

	private ExecutionListener listenerFor(StageHook hook) {
		return (DelegateExecution execution) -> this.listener.getObject().on(hook, execution);
	}

	private final class Hooks extends AbstractBpmnParseListener {

		@Override
		public void parseProcess(Element element, ProcessDefinitionEntity definition) {
			if (InspectionProcess.PROCESS_KEY.equals(definition.getKey())) {
				definition.addBuiltInListener(StageHook.ROUND_CLOSED.event(), listenerFor(StageHook.ROUND_CLOSED));
			}
		}

		@Override
		public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
			attach(activity);
		}

		@Override
		public void parseSubProcess(Element element, ScopeImpl scope, ActivityImpl activity) {
			attach(activity);
		}

		@Override
		public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
			attach(activity);
		}

		private void attach(ActivityImpl activity) {
			if (!(activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition)
					|| !InspectionProcess.PROCESS_KEY.equals(definition.getKey())) {
				return;
			}
			for (StageHook hook : StageHook.values()) {
				if (activity.getId().equals(hook.activityId())) {
					activity.addBuiltInListener(hook.event(), listenerFor(hook));
				}
			}
		}

	}

}
