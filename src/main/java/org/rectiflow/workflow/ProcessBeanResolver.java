package org.rectiflow.workflow;

import java.beans.FeatureDescriptor;
import java.util.Collections;
import java.util.Iterator;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * The two places the engine's expression evaluation meets Java objects, both limited to
 * {@link ProcessBeans process beans}: a top-level name resolves to a process bean (no
 * other bean of the application), and a method call is made only on a process bean and
 * only to one of its own public methods; of an execution, only its ids are read. Anything
 * else, {@code ''.getClass()} included, is refused before it runs.
 */
final class ProcessBeanResolver extends ELResolver {

	private final ProcessBeans beans;

	private final BeanELResolver methods = new BeanELResolver(true);

	ProcessBeanResolver(ProcessBeans beans) {
		this.beans = beans;
	}

	@Override
	public Object getValue(ELContext context, Object base, Object property) {
		if (base == null && property instanceof String name && this.beans.contains(name)) {
			context.setPropertyResolved(true);
			return this.beans.bean(name);
		}
		if (base instanceof DelegateExecution execution && property instanceof String name
				&& ExpressionRules.EXECUTION_PROPERTIES.contains(name)) {
			context.setPropertyResolved(true);
			return switch (name) {
				case "processBusinessKey" -> execution.getProcessBusinessKey();
				case "businessKey" -> execution.getBusinessKey();
				default -> execution.getProcessInstanceId();
			};
		}
		return null;
	}

	@Override
	public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
		if (base == null || method == null) {
			return null;
		}
		if (!this.beans.mayCall(base, method.toString())) {
			throw new ELException("表达式只能调用流程 Bean 的方法，拒绝调用 " + base.getClass().getSimpleName() + "." + method
					+ " / an expression may only call a process bean's methods: " + method + " refused");
		}
		return this.methods.invoke(context, base, method, paramTypes, params);
	}

	@Override
	public Class<?> getType(ELContext context, Object base, Object property) {
		return null;
	}

	@Override
	public void setValue(ELContext context, Object base, Object property, Object value) {
		// nothing a model sets is a bean
	}

	@Override
	public boolean isReadOnly(ELContext context, Object base, Object property) {
		if (base == null && property instanceof String name && this.beans.contains(name)) {
			context.setPropertyResolved(true);
		}
		return true;
	}

	@Override
	public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
		return Collections.emptyIterator();
	}

	@Override
	public Class<?> getCommonPropertyType(ELContext context, Object base) {
		return Object.class;
	}

}
