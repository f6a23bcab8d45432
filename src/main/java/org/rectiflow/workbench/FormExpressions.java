package org.rectiflow.workbench;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The FEEL of Camunda Forms — {@code conditional.hide} and the {@code {{ }}} templates of
 * text components — evaluated by the FEEL engine Camunda ships (feel-scala, the DMN
 * engine's), not by one of our own.
 */
@Component
class FormExpressions {

	private static final Logger log = LoggerFactory.getLogger(FormExpressions.class);

	private final FeelEngine feel = new ScalaFeelEngineFactory().createInstance();

	/**
	 * Whether a component with this hide condition is hidden; a failing condition hides
	 * nothing.
	 */
	boolean hidden(String hide, Map<String, Object> variables) {
		if (hide == null || hide.isBlank()) {
			return false;
		}
		return Boolean.TRUE.equals(evaluate(hide, variables));
	}

	Object evaluate(String expression, Map<String, Object> variables) {
		try {
			return this.feel.evaluateSimpleExpression(expression,
					Variables.fromMap(new HashMap<>(variables)).asVariableContext());
		}
		catch (FeelException | IllegalArgumentException ex) {
			log.debug("FEEL expression {} failed: {}", expression, ex.getMessage());
			return null;
		}
	}

}
