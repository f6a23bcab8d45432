package org.rectiflow.round;

/**
 * Records that a fix on the spot (立行立改) was verified. {@code roundRecorder} calls it for
 * the event IMMEDIATE_FIX_VERIFIED; the module that owns fixes on the spot
 * ({@code finding}) implements it, so that round does not depend on that module.
 */
public interface ImmediateFixRecorder {

	/**
	 * Marks the fix verified, in the engine's transaction.
	 * @param inspectionBusinessKey the business key of the inspection's process
	 * @param immediateFixId the fix's id
	 * @param fix what the notice, the village and the team recorded
	 */
	void verified(String inspectionBusinessKey, long immediateFixId, VerifiedFix fix);

}
