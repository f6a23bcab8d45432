package org.rectiflow.workflow;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.scripting.ExecutableScript;
import org.camunda.bpm.engine.impl.scripting.ScriptFactory;

import org.springframework.stereotype.Component;

/**
 * The engine's own defence, behind the deployment gate, for a model that came in another
 * way (deployed before the gate, or a resource the gate never saw): expressions reach
 * only process beans ({@link ProcessBeanExpressionManager}), and no script of any
 * language, inline or external, is ever created (decision 0019).
 */
@Component
class ModelsRunNoCode extends AbstractProcessEnginePlugin {

	static final String NO_SCRIPTS = "本系统不运行流程中的脚本 / this application runs no scripts from a model";

	private final ProcessBeans beans;

	ModelsRunNoCode(ProcessBeans beans) {
		this.beans = beans;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setExpressionManager(new ProcessBeanExpressionManager(this.beans));
		configuration.setScriptFactory(new NoScripts());
		configuration.setEnableScriptEngineLoadExternalResources(false);
	}

	/** Refuses every script when the engine parses a model. */
	static final class NoScripts extends ScriptFactory {

		@Override
		public ExecutableScript createScriptFromResource(String language, String resource) {
			throw new ProcessEngineException(NO_SCRIPTS);
		}

		@Override
		public ExecutableScript createScriptFromResource(String language, Expression resourceExpression) {
			throw new ProcessEngineException(NO_SCRIPTS);
		}

		@Override
		public ExecutableScript createScriptFromSource(String language, String source) {
			throw new ProcessEngineException(NO_SCRIPTS);
		}

		@Override
		public ExecutableScript createScriptFromSource(String language, Expression sourceExpression) {
			throw new ProcessEngineException(NO_SCRIPTS);
		}

	}

}
