package org.rectiflow.round;

import java.util.List;

import org.rectiflow.common.ElementHooksPlugin;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Attaches {@link InspectionStageListener} to the elements of {@code inspection-round}
 * named in {@link StageHook}.
 */
@Component
class InspectionStagePlugin extends ElementHooksPlugin<StageHook> {

	InspectionStagePlugin(ObjectProvider<InspectionStageListener> listener) {
		super(InspectionProcess.PROCESS_KEY, List.of(StageHook.values()), () -> listener.getObject()::on);
	}

}
