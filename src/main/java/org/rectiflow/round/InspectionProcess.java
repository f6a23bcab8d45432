package org.rectiflow.round;

/**
 * Starts the process of an inspection. A separate collaborator so that the record and the
 * process are created in one transaction but can be tested apart.
 */
interface InspectionProcess {

	/** The key of the BPMN process definition. */
	String PROCESS_KEY = "inspection-round";

	/**
	 * Starts the process with the inspection's id as business key.
	 * @param inspection the saved inspection
	 * @param unit the inspected unit
	 * @return the process instance id
	 * @throws org.rectiflow.common.ProcessNotDeployedException when no definition is
	 * deployed
	 */
	String start(Inspection inspection, org.rectiflow.unit.InspectedUnit unit);

}
