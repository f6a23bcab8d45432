package org.rectiflow.finding;

import java.util.List;

import org.rectiflow.common.ElementHooksPlugin;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Attaches {@link ImmediateFixSteps} to the 立行立改 tasks of inspection-round. */
@Component
class ImmediateFixPlugin extends ElementHooksPlugin<FixHook> {

	ImmediateFixPlugin(ObjectProvider<ImmediateFixSteps> steps) {
		super("inspection-round", List.of(FixHook.values()), () -> steps.getObject()::on);
	}

}
