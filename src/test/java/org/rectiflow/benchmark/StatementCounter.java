package org.rectiflow.benchmark;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application's DataSource executes (datasource-proxy), by
 * the kind and step the calling thread declares: one statement per row of a JDBC batch,
 * and one round trip per execution. Counting is off unless a thread is {@link #during
 * declared}; the proxy is otherwise a pass-through.
 */
final class StatementCounter implements QueryExecutionListener {

	static final StatementCounter INSTANCE = new StatementCounter();

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private final ThreadLocal<String[]> scope = new ThreadLocal<>();

	/** kind → step → type → count. */
	private final Map<String, Map<String, Map<String, LongAdder>>> byStep = new ConcurrentHashMap<>();

	/** kind → normalized SQL → count. */
	private final Map<String, Map<String, LongAdder>> bySql = new ConcurrentHashMap<>();

	private final Map<String, LongAdder> roundTrips = new ConcurrentHashMap<>();

	/** normalized SQL → the slowest execution seen while {@link #slowest} is on. */
	private final Map<String, Slow> slow = new ConcurrentHashMap<>();

	private volatile boolean watchingAll;

	/** An execution with its full SQL and parameters, to replay under EXPLAIN. */
	record Slow(long millis, String sql, List<Object> parameters, long count) {

	}

	private StatementCounter() {
	}

	/** Runs the action with the calling thread's statements counted as kind/step. */
	void during(String kind, String step, Runnable action) {
		String[] previous = this.scope.get();
		this.scope.set(new String[] { kind, step });
		try {
			action.run();
		}
		finally {
			this.scope.set(previous);
		}
	}

	/** Records the slowest execution of every statement, on any thread. */
	void watchAll(boolean on) {
		this.watchingAll = on;
		if (on) {
			this.slow.clear();
		}
	}

	/** The statements by their slowest execution, slowest first. */
	List<Slow> slowest() {
		return this.slow.values().stream().sorted((a, b) -> Long.compare(b.millis(), a.millis())).toList();
	}

	void reset() {
		this.byStep.clear();
		this.bySql.clear();
		this.roundTrips.clear();
	}

	@Override
	public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
	}

	@Override
	public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
		if (this.watchingAll && queryInfoList.size() == 1 && !execInfo.isBatch()) {
			QueryInfo query = queryInfoList.get(0);
			List<Object> parameters = new java.util.ArrayList<>();
			if (!query.getParametersList().isEmpty()) {
				query.getParametersList()
					.get(0)
					.stream()
					.filter((op) -> op.getArgs().length > 0 && op.getArgs()[0] instanceof Integer)
					.sorted(java.util.Comparator.comparingInt((op) -> (Integer) op.getArgs()[0]))
					.forEach((op) -> parameters
						.add((op.getMethod().getName().equals("setNull") || op.getArgs().length < 2) ? null
								: op.getArgs()[1]));
			}
			this.slow.merge(normalize(query.getQuery()),
					new Slow(execInfo.getElapsedTime(), query.getQuery(), parameters, 1),
					(a, b) -> (b.millis() > a.millis()) ? new Slow(b.millis(), b.sql(), b.parameters(), a.count() + 1)
							: new Slow(a.millis(), a.sql(), a.parameters(), a.count() + 1));
		}
		String[] current = this.scope.get();
		if (current == null) {
			return;
		}
		this.roundTrips.computeIfAbsent(current[0], (k) -> new LongAdder()).increment();
		for (QueryInfo query : queryInfoList) {
			int rows = Math.max(1, query.getParametersList().size());
			String sql = normalize(query.getQuery());
			String type = type(sql);
			this.byStep.computeIfAbsent(current[0], (k) -> new ConcurrentHashMap<>())
				.computeIfAbsent(current[1], (k) -> new ConcurrentHashMap<>())
				.computeIfAbsent(type, (k) -> new LongAdder())
				.add(rows);
			this.bySql.computeIfAbsent(current[0], (k) -> new ConcurrentHashMap<>())
				.computeIfAbsent(sql, (k) -> new LongAdder())
				.add(rows);
		}
	}

	static String normalize(String sql) {
		String flat = SPACES.matcher(sql).replaceAll(" ").strip();
		return (flat.length() > 160) ? flat.substring(0, 160) + "…" : flat;
	}

	static String type(String sql) {
		String first = sql.split(" ", 2)[0].toUpperCase(java.util.Locale.ROOT);
		return Set.of("SELECT", "INSERT", "UPDATE", "DELETE").contains(first) ? first : "OTHER";
	}

	/** step → type → count of a kind, sorted. */
	Map<String, Map<String, Long>> steps(String kind) {
		Map<String, Map<String, Long>> result = new TreeMap<>();
		this.byStep.getOrDefault(kind, Map.of()).forEach((step, types) -> {
			Map<String, Long> counts = new TreeMap<>();
			types.forEach((type, count) -> counts.put(type, count.sum()));
			result.put(step, counts);
		});
		return result;
	}

	Map<String, Long> statements(String kind) {
		Map<String, Long> result = new TreeMap<>();
		this.bySql.getOrDefault(kind, Map.of()).forEach((sql, count) -> result.put(sql, count.sum()));
		return result;
	}

	long roundTrips(String kind) {
		LongAdder adder = this.roundTrips.get(kind);
		return (adder != null) ? adder.sum() : 0;
	}

	/** Wraps the application's DataSource (Liquibase, JPA and the engine share it). */
	@TestConfiguration(proxyBeanMethods = false)
	static class Wiring {

		@Bean
		static BeanPostProcessor statementCountingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
						return ProxyDataSourceBuilder.create(dataSource).name(beanName).listener(INSTANCE).build();
					}
					return bean;
				}
			};
		}

	}

}
