package org.rectiflow.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

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

/**
 * Attaches a module's listener to named elements of one process when the model is parsed,
 * for steps whose model names no listener. The listeners are built-in: they run in the
 * engine's transaction, also when an administrator skips custom listeners, so a record
 * cannot silently fall behind its process. See
 * docs/decisions/0008-records-follow-the-process.md.
 *
 * @param <H> the hooks, usually an enum
 */
public abstract class ElementHooksPlugin<H extends ElementHook> extends AbstractProcessEnginePlugin {

	private final String processKey;

	private final List<H> hooks;

	private final Supplier<BiConsumer<H, DelegateExecution>> listener;

	/**
	 * @param processKey the process whose elements are hooked
	 * @param hooks the hooks
	 * @param listener supplies the listener when a hook fires (lazily: the listener's
	 * beans may not exist yet while the engine is built)
	 */
	protected ElementHooksPlugin(String processKey, List<H> hooks,
			Supplier<BiConsumer<H, DelegateExecution>> listener) {
		this.processKey = processKey;
		this.hooks = List.copyOf(hooks);
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

	private ExecutionListener listenerFor(H hook) {
		return (DelegateExecution execution) -> this.listener.get().accept(hook, execution);
	}

	private final class Hooks extends AbstractBpmnParseListener {

		@Override
		public void parseProcess(Element element, ProcessDefinitionEntity definition) {
			if (ElementHooksPlugin.this.processKey.equals(definition.getKey())) {
				for (H hook : ElementHooksPlugin.this.hooks) {
					if (hook.activityId() == null) {
						definition.addBuiltInListener(hook.event(), listenerFor(hook));
					}
				}
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

		@Override
		public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
			attach(activity);
		}

		@Override
		public void parseBoundaryEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
			attach(activity);
		}

		private void attach(ActivityImpl activity) {
			if (!(activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition)
					|| !ElementHooksPlugin.this.processKey.equals(definition.getKey())) {
				return;
			}
			for (H hook : ElementHooksPlugin.this.hooks) {
				if (activity.getId().equals(hook.activityId())) {
					activity.addBuiltInListener(hook.event(), listenerFor(hook));
				}
			}
		}

	}

}
