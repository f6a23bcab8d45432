package org.rectiflow.console;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.rectiflow.common.BusinessDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The demo's 时间推进: moves the engine's one clock ({@link BusinessDate}) forward and runs
 * the jobs that are due then (timers, asynchronous steps), as the job executor would, so
 * that a round can be walked in minutes. Used by {@link DemoTimeController} in the
 * {@code demo} profile only.
 */
@Component
class DemoTime {

	/** The most days one step may move the clock (a year and a day). */
	static final int MAX_DAYS = 366;

	private static final Logger log = LoggerFactory.getLogger(DemoTime.class);

	private static final int MAX_JOBS = 2000;

	private final BusinessDate clock;

	private final ManagementService management;

	private final RepositoryService repository;

	DemoTime(BusinessDate clock, ManagementService management, RepositoryService repository) {
		this.clock = clock;
		this.management = management;
		this.repository = repository;
	}

	Instant now() {
		return this.clock.now();
	}

	Duration offset() {
		return this.clock.offset();
	}

	long dueNow() {
		return this.management.createJobQuery().executable().active().count();
	}

	/** Moves the clock {@code days} forward, then runs what is due. */
	Run advance(int days) {
		if (days < 1 || days > MAX_DAYS) {
			throw new IllegalArgumentException(
					"推进天数须在 1 至 " + MAX_DAYS + " 之间 / days must be between 1 and " + MAX_DAYS);
		}
		this.clock.advance(Duration.ofDays(days));
		log.info("演示时间推进 {} 天，引擎时间 {}", days, this.clock.now());
		return runDue();
	}

	/**
	 * Moves the clock to just past the soonest waiting timer (a timer such as 最短进驻期满
	 * falls due at the end of a working day, which whole days from 10:00 do not reach),
	 * then runs what is due.
	 * @param within the most days to move
	 * @return what ran, or {@code null} when no timer waits within that many days
	 */
	Run advanceToNextTimer(int within) {
		Instant now = this.clock.now();
		Job next = this.management.createJobQuery()
			.timers()
			.active()
			.duedateHigherThan(Date.from(now))
			.orderByJobDuedate()
			.asc()
			.listPage(0, 1)
			.stream()
			.findFirst()
			.orElse(null);
		Duration step = (next != null) ? Duration.between(now, next.getDuedate().toInstant()).plusMinutes(1) : null;
		if (step == null || step.compareTo(Duration.ofDays(within)) > 0) {
			return null;
		}
		this.clock.advance(step);
		log.info("演示时间推进到下一个定时器，引擎时间 {}", this.clock.now());
		return runDue();
	}

	/**
	 * Runs the jobs due now, again while running them makes new ones due (an asynchronous
	 * step after a timer), up to {@value #MAX_JOBS} jobs.
	 */
	Run runDue() {
		int done = 0;
		int failed = 0;
		List<String> tried = new ArrayList<>();
		for (int pass = 0; pass < 20 && done + failed < MAX_JOBS; pass++) {
			List<Job> due = this.management.createJobQuery()
				.executable()
				.active()
				.orderByJobDuedate()
				.asc()
				.listPage(0, MAX_JOBS - done - failed);
			due.removeIf((job) -> tried.contains(job.getId()));
			if (due.isEmpty()) {
				break;
			}
			for (Job job : due) {
				tried.add(job.getId());
				try {
					this.management.executeJob(job.getId());
					done++;
				}
				catch (OptimisticLockingException ex) {
					// the job executor ran it meanwhile
					done++;
				}
				catch (RuntimeException ex) {
					// the engine keeps the failure on the job (retries, incident)
					failed++;
					log.warn("演示时间推进：作业 {} 执行失败：{}", job.getId(), ex.getMessage());
				}
			}
		}
		return new Run(done, failed, this.clock.now());
	}

	/** The next timers, soonest first, named by their process and step. */
	List<Timer> nextTimers(int count) {
		Map<String, BpmnModelInstance> models = new HashMap<>();
		Map<String, String> processNames = new HashMap<>();
		List<Timer> timers = new ArrayList<>();
		for (Job job : this.management.createJobQuery()
			.timers()
			.active()
			.orderByJobDuedate()
			.asc()
			.listPage(0, count)) {
			String definitionId = job.getProcessDefinitionId();
			String process = (definitionId != null) ? processNames.computeIfAbsent(definitionId, (id) -> {
				ProcessDefinition definition = this.repository.getProcessDefinition(id);
				return (definition.getName() != null) ? definition.getName() : definition.getKey();
			}) : "";
			String step = "";
			if (definitionId != null && job.getJobDefinitionId() != null) {
				JobDefinition jobDefinition = this.management.createJobDefinitionQuery()
					.jobDefinitionId(job.getJobDefinitionId())
					.singleResult();
				if (jobDefinition != null) {
					BpmnModelInstance model = models.computeIfAbsent(definitionId,
							this.repository::getBpmnModelInstance);
					ModelElementInstance element = model.getModelElementById(jobDefinition.getActivityId());
					String name = (element != null) ? element.getAttributeValue("name") : null;
					step = (name != null) ? name : jobDefinition.getActivityId();
				}
			}
			timers.add(new Timer(job.getDuedate().toInstant(), process, step));
		}
		return timers;
	}

	/** What one run did: jobs run, jobs that failed, and the clock afterwards. */
	record Run(int done, int failed, Instant now) {
	}

	/** A timer waiting: when, in which process, at which step. */
	record Timer(Instant due, String process, String step) {
	}

}
