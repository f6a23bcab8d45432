/**
 * Cluster: several identical nodes on one database. Start-up work runs under a database
 * lock ({@link org.rectiflow.cluster.ClusterLock}), any {@code @Scheduled} method under
 * ShedLock, HTTP sessions live in the database (Spring Session JDBC). See
 * {@code docs/reliability.md} and {@code docs/decisions/0015-cluster.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cluster", allowedDependencies = {})
package org.rectiflow.cluster;
