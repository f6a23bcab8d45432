package org.rectiflow.cluster;

import java.util.Timer;
import java.util.concurrent.ScheduledExecutorService;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;

import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rule of docs/decisions/0015-cluster.md, checked on the application's classes:
 * scheduled work runs once per cluster, so a {@code @Scheduled} method carries a ShedLock
 * lock, and nothing schedules work in memory.
 */
class ScheduledWorkRuleTests {

	private final JavaClasses application = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.rectiflow");

	@Test
	void everyScheduledMethodTakesTheClusterWideLock() {
		methods().that()
			.areAnnotatedWith(Scheduled.class)
			.should()
			.beAnnotatedWith(SchedulerLock.class)
			.because("every node runs @Scheduled methods; ShedLock lets one of them do it (docs/decisions/0015)")
			.allowEmptyShould(true)
			.check(this.application);
	}

	@Test
	void nothingSchedulesWorkInMemory() {
		noClasses().should()
			.dependOnClassesThat()
			.areAssignableTo(ScheduledExecutorService.class)
			.orShould()
			.dependOnClassesThat()
			.areAssignableTo(Timer.class)
			.orShould()
			.dependOnClassesThat()
			.areAssignableTo(TaskScheduler.class)
			.because("a timer in one node's memory fires on every node, or is lost with the node: use a Camunda timer"
					+ " or @Scheduled with @SchedulerLock (docs/decisions/0015)")
			.check(this.application);
	}

	@Test
	void schedulingIsSwitchedOnOnlyWithTheLock() {
		noClasses().that()
			.doNotHaveFullyQualifiedName(ScheduledWorkConfiguration.class.getName())
			.should()
			.beAnnotatedWith(EnableScheduling.class)
			.check(this.application);
	}

}
