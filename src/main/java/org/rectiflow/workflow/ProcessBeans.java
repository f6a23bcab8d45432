package org.rectiflow.workflow;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The registry of {@link org.rectiflow.common.ProcessBean process beans}: the only beans
 * a model may name and the only objects whose methods an expression may call. Both the
 * deployment gate and the engine's expression evaluation ask it.
 */
@Component
class ProcessBeans {

	private final ApplicationContext context;

	private final ProcessBeanNames names;

	private final Map<String, Set<String>> methods = new ConcurrentHashMap<>();

	private final Set<Object> instances = Collections
		.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

	ProcessBeans(ApplicationContext context, ProcessBeanNames names) {
		this.context = context;
		this.names = names;
	}

	/** The names of all process beans, sorted. */
	Set<String> names() {
		return this.names.names();
	}

	boolean contains(String name) {
		return names().contains(name);
	}

	/** Whether a bean of this name exists that is not a process bean. */
	boolean isOtherBean(String name) {
		return !contains(name) && this.context.containsBean(name);
	}

	/** The process bean of this name; its instance may then be called. */
	Object bean(String name) {
		if (!contains(name)) {
			throw new IllegalArgumentException("not a process bean: " + name);
		}
		Object bean = this.context.getBean(name);
		this.instances.add(bean);
		return bean;
	}

	boolean isInstance(Object candidate) {
		return candidate != null && this.instances.contains(candidate);
	}

	/**
	 * The methods an expression may call on the named process bean: its public methods,
	 * without those of {@code Object} and of Spring's proxies.
	 */
	Set<String> methods(String name) {
		return this.methods.computeIfAbsent(name, (key) -> callable(this.context.getType(key)));
	}

	boolean mayCall(Object bean, String method) {
		return isInstance(bean) && callable(bean.getClass()).contains(method);
	}

	private static Set<String> callable(Class<?> type) {
		if (type == null) {
			return Set.of();
		}
		Class<?> user = ClassUtils.getUserClass(type);
		return Arrays.stream(user.getMethods())
			.filter((method) -> method.getDeclaringClass() != Object.class)
			.filter((method) -> !method.getDeclaringClass().getName().startsWith("org.springframework."))
			.filter((method) -> !Modifier.isStatic(method.getModifiers()))
			.map(Method::getName)
			.collect(Collectors.toCollection(TreeSet::new));
	}

}
