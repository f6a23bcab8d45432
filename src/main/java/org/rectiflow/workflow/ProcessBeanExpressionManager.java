package org.rectiflow.workflow;

import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;

/**
 * The engine's expression manager: instead of Spring's, which exposes every bean and lets
 * an expression call any method of any object, expressions see the process variables,
 * read lists and maps, and reach only {@link ProcessBeans process beans}
 * ({@link ProcessBeanResolver}). The process beans come first, so that no variable can
 * stand in for one.
 */
final class ProcessBeanExpressionManager extends JuelExpressionManager {

	private final ProcessBeans beans;

	ProcessBeanExpressionManager(ProcessBeans beans) {
		super(null);
		this.beans = beans;
	}

	@Override
	protected ELResolver createElResolver() {
		CompositeELResolver resolver = new CompositeELResolver();
		ProcessBeanResolver processBeans = new ProcessBeanResolver(this.beans);
		resolver.add(processBeans);
		resolver.add(new VariableScopeElResolver());
		resolver.add(new VariableContextElResolver());
		resolver.add(new ArrayELResolver(true));
		resolver.add(new ListELResolver(true));
		resolver.add(new MapELResolver(true));
		return resolver;
	}

}
