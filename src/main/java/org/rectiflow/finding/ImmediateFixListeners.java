package org.rectiflow.finding;

import org.camunda.bpm.engine.delegate.TaskListener;

import org.rectiflow.common.ProcessBean;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The complete listeners the 立行立改 tasks of {@code inspection-round} name:
 * {@code immediateFixNoticeRecorder} (Task_IssueFixNotice),
 * {@code immediateFixReportRecorder} (Task_FixOnSpot), {@code immediateFixCheckRecorder}
 * (Task_VerifyFix).
 */
@Configuration(proxyBeanMethods = false)
class ImmediateFixListeners {

	@Bean
	@ProcessBean
	TaskListener immediateFixNoticeRecorder(ImmediateFixSteps steps) {
		return steps::noticed;
	}

	@Bean
	@ProcessBean
	TaskListener immediateFixReportRecorder(ImmediateFixSteps steps) {
		return steps::reported;
	}

	@Bean
	@ProcessBean
	TaskListener immediateFixCheckRecorder(ImmediateFixSteps steps) {
		return steps::checked;
	}

}
