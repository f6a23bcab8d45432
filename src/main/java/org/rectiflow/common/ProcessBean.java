package org.rectiflow.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Spring bean the BPMN models may name: as a {@code delegateExpression}
 * ({@code ${transferRecorder}}) or in an expression calling one of its public methods
 * ({@code ${deadlines.warningAt(deadline, 'RED')}}). No other bean, and no method of any
 * other object, is reachable from a model: the deployment gate refuses such a model and
 * the engine's expression evaluation refuses such a call (decision 0019).
 * <p>
 * Put it on the bean's class or on its {@code @Bean} method.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface ProcessBean {

}
