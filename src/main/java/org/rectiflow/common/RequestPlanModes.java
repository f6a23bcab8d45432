package org.rectiflow.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Hands out PostgreSQL connections whose plan cache mode suits the caller: a connection
 * taken while serving an HTTP request (a page, the API, {@code /engine-rest}) plans every
 * statement for its parameters ({@code plan_cache_mode = force_custom_plan}); one taken
 * by the job executor or another background thread keeps PostgreSQL's default
 * ({@code auto}), which reuses a generic plan once it is as good.
 * <p>
 * Why both: the JDBC driver prepares a statement on the server after five uses, and
 * PostgreSQL may then keep one generic plan that assumes an average parameter. For
 * Camunda's inbox query by candidate group that plan is made for a village's ten tasks
 * and takes 200–300 ms for the inspection office's fifteen thousand, where the plan for
 * the office's own value takes under 100 ms. Planning every statement, though, made the
 * engine's many small statements 15–20 % slower (jobs, the warning sweep). A connection
 * is switched only when its mode must change (one {@code SET}).
 */
final class RequestPlanModes extends DelegatingDataSource {

	static final String CUSTOM_PLANS = "SET plan_cache_mode = force_custom_plan";

	static final String DEFAULT_PLANS = "SET plan_cache_mode = auto";

	/** Physical connections that plan for parameters now (others are at the default). */
	private final Map<Connection, Boolean> customPlans = Collections.synchronizedMap(new WeakHashMap<>());

	RequestPlanModes(DataSource pool) {
		super(pool);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return suited(super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return suited(super.getConnection(username, password));
	}

	private Connection suited(Connection connection) throws SQLException {
		boolean custom = RequestContextHolder.getRequestAttributes() != null;
		Connection session = connection.unwrap(Connection.class);
		if (this.customPlans.getOrDefault(session, false) != custom) {
			try (Statement statement = connection.createStatement()) {
				statement.execute(custom ? CUSTOM_PLANS : DEFAULT_PLANS);
			}
			catch (SQLException ex) {
				connection.close();
				throw ex;
			}
			this.customPlans.put(session, custom);
		}
		return connection;
	}

}
