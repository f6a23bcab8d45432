package org.rectiflow.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A module's contribution to {@link Labels}: the kinds of code it owns (a process
 * variable's values, a record's states …), each with the label of every code. Each module
 * declares one bean of this type.
 */
public interface LabelSource {

	/**
	 * @return kind → (code → label), e.g. {@code "colour"} → {@code RED} → 红
	 */
	Map<String, Map<String, String>> kinds();

	/** The labels of an enum's constants by name, in declaration order. */
	static <E extends Enum<E> & Labelled> Map<String, String> of(Class<E> type) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (E value : type.getEnumConstants()) {
			labels.put(value.name(), value.label());
		}
		return Collections.unmodifiableMap(labels);
	}

}
