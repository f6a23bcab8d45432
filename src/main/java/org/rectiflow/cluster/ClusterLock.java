package org.rectiflow.cluster;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A lock for the whole cluster, held until the current transaction ends: a
 * {@code SELECT ... FOR UPDATE} on a row of {@code rf_cluster_lock} (created by Liquibase
 * 011). The start-up work of every node (demo county, groups, users, filters,
 * authorizations) takes {@link #STARTUP} first, so two nodes starting together run it one
 * after the other, and the second finds everything made. Works on PostgreSQL and H2.
 */
@Component
public class ClusterLock {

	/** The lock of the start-up work. */
	public static final String STARTUP = "startup";

	private static final Logger log = LoggerFactory.getLogger(ClusterLock.class);

	/**
	 * H2 gives up on a row lock after its LOCK_TIMEOUT (then we ask again); PostgreSQL
	 * waits.
	 */
	private static final Duration PATIENCE = Duration.ofMinutes(10);

	private final JdbcTemplate jdbc;

	ClusterLock(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes the lock for the rest of the current transaction, waiting while another node
	 * holds it.
	 * @param name a row of {@code rf_cluster_lock}
	 * @throws IllegalStateException outside a transaction (the lock would end at once)
	 */
	public void lockUntilCommit(String name) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("The cluster lock " + name + " needs a transaction");
		}
		long giveUpAt = System.nanoTime() + PATIENCE.toNanos();
		while (true) {
			try {
				String locked = this.jdbc.query("select name from rf_cluster_lock where name = ? for update",
						(rows) -> rows.next() ? rows.getString(1) : null, name);
				if (locked == null) {
					throw new IllegalStateException("No row " + name + " in rf_cluster_lock (Liquibase 011)");
				}
				return;
			}
			catch (TransientDataAccessException ex) {
				if (System.nanoTime() > giveUpAt) {
					throw ex;
				}
				log.info("Waiting for the cluster lock {}: another node holds it", name);
			}
		}
	}

}
