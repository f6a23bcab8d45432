package org.rectiflow.calendar;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.rectiflow.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real (in-memory) process engine with the plugin: BPMN timers and user task due dates
 * counted in working days.
 */
class WorkingDaysEnginePluginTest {

	private static WorkingDayCalendar workingDays;

	private static ProcessEngine engine;

	@BeforeAll
	static void startEngine() {
		workingDays = WorkingDayCalendarTest.shippedCalendar();
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
			.createStandaloneInMemProcessEngineConfiguration();
		String name = "working-days-" + UUID.randomUUID();
		configuration.setProcessEngineName(name);
		configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=1000");
		configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
		configuration.setJobExecutorActivate(false);
		configuration.setHistory(ProcessEngineConfiguration.HISTORY_NONE);
		configuration.setProcessEnginePlugins(List.of(new WorkingDaysEnginePlugin(workingDays)));
		// as in the Spring application, where every bean is visible to expressions
		configuration.setBeans(Map.of(WorkingDayCalendar.BEAN_NAME, workingDays));
		engine = configuration.buildProcessEngine();
	}

	@AfterAll
	static void closeEngine() {
		if (engine != null) {
			engine.close();
		}
	}

	@AfterEach
	void resetEngineClock() {
		TestClock.reset();
	}

	@Test
	void engineKnowsTheWorkingDaysCalendarAndKeepsTheStandardOnes() {
		BusinessCalendarManager manager = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
			.getBusinessCalendarManager();
		Date start = at("2025-09-30T10:00:00");
		assertThat(manager.getBusinessCalendar("workingDays").resolveDuedate("P1WD", start))
			.isEqualTo(at("2025-10-09T10:00:00"));
		assertThat(manager.getBusinessCalendar("duration").resolveDuedate("P1WD", start))
			.isEqualTo(at("2025-10-09T10:00:00"));
		assertThat(manager.getBusinessCalendar("dueDate").resolveDuedate("P1WD", start))
			.isEqualTo(at("2025-10-09T10:00:00"));
		assertThat(manager.getBusinessCalendar(CycleBusinessCalendar.NAME)).isInstanceOf(CycleBusinessCalendar.class);
	}

	@Test
	void userTaskDueDateAndBoundaryTimerCountWorkingDays() {
		BpmnModelInstance model = Bpmn.createExecutableProcess("rectification")
			.startEvent()
			.userTask("rectify")
			.camundaDueDate("P10WD")
			.camundaFollowUpDate("${workingDays.addWorkingDays(now(), 3)}")
			.boundaryEvent("remind")
			.cancelActivity(false)
			.timerWithDuration("P2WD")
			.endEvent()
			.moveToActivity("rectify")
			.endEvent()
			.done();
		engine.getRepositoryService().createDeployment().addModelInstance("rectification.bpmn", model).deploy();
		ClockUtil.setCurrentTime(at("2025-09-26T10:00:00"));

		ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("rectification");

		Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
		// 09-28 (Sun, make-up), 29, 30, 10-09, 10, 11 (Sat, make-up), 13, 14, 15, 16
		assertThat(task.getDueDate()).isEqualTo(at("2025-10-16T10:00:00"));
		assertThat(task.getFollowUpDate()).isEqualTo(at("2025-09-30T10:00:00"));
		Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
		assertThat(timer.getDuedate()).isEqualTo(at("2025-09-29T10:00:00"));
	}

	@Test
	void timerDateExpressionCanUseTheWorkingDaysBean() {
		BpmnModelInstance model = Bpmn.createExecutableProcess("waitForDeadline")
			.startEvent()
			.intermediateCatchEvent("deadline")
			.timerWithDate("${workingDays.addWorkingDays(now(), 5)}")
			.endEvent()
			.done();
		engine.getRepositoryService().createDeployment().addModelInstance("wait.bpmn", model).deploy();
		ClockUtil.setCurrentTime(at("2025-09-26T10:00:00"));

		ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("waitForDeadline");

		Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
		assertThat(timer.getDuedate()).isEqualTo(at("2025-10-10T10:00:00"));
	}

	private static Date at(String localDateTime) {
		return Date.from(LocalDateTime.parse(localDateTime).atZone(WorkingDayCalendarTest.SHANGHAI).toInstant());
	}

}
