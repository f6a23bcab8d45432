package org.rectiflow.workflow;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

import org.rectiflow.common.ProcessBean;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.type.MethodMetadata;
import org.springframework.stereotype.Component;

/**
 * The names of the {@link ProcessBean process beans}, read from the bean definitions (the
 * class or the {@code @Bean} method carries the annotation) before any bean is made, so
 * that a bean replaced later (a test double) keeps its place in the registry.
 */
@Component
class ProcessBeanNames implements BeanFactoryPostProcessor, PriorityOrdered {

	private volatile Set<String> names = Set.of();

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory factory) {
		Set<String> found = new TreeSet<>();
		for (String name : factory.getBeanDefinitionNames()) {
			if (isProcessBean(factory.getBeanDefinition(name))) {
				found.add(name);
			}
		}
		this.names = Collections.unmodifiableSet(found);
	}

	private static boolean isProcessBean(BeanDefinition definition) {
		if (!(definition instanceof AnnotatedBeanDefinition annotated)) {
			return false;
		}
		MethodMetadata factoryMethod = annotated.getFactoryMethodMetadata();
		if (factoryMethod != null) {
			return factoryMethod.isAnnotated(ProcessBean.class.getName());
		}
		return annotated.getMetadata().isAnnotated(ProcessBean.class.getName());
	}

	Set<String> names() {
		return this.names;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
