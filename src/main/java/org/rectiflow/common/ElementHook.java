package org.rectiflow.common;

/**
 * An element of a BPMN model at which a record follows its process: the element id (or
 * null for the process itself) and the execution event ({@code start} or {@code end}).
 */
public interface ElementHook {

	String activityId();

	String event();

}
