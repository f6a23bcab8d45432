package org.rectiflow.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.rectiflow.support.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** ShedLock's lock in the suite's database: held by one caller at a time, then free. */
@ApiTest
class SchedulerLockTests {

	@Autowired
	LockProvider locks;

	@Test
	void aLockHeldByOneNodeIsRefusedToTheOtherUntilReleased() {
		String name = "test-" + UUID.randomUUID();
		LockConfiguration configuration = new LockConfiguration(Instant.now(), name, Duration.ofMinutes(5),
				Duration.ZERO);
		Optional<SimpleLock> first = this.locks.lock(configuration);
		assertThat(first).isPresent();
		assertThat(this.locks.lock(configuration)).as("a second node asking for the same lock").isEmpty();
		first.get().unlock();
		Optional<SimpleLock> again = this.locks.lock(configuration);
		assertThat(again).isPresent();
		again.get().unlock();
	}

}
