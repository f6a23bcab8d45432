package org.rectiflow.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * An empty database of the kind the suite runs on: a new PostgreSQL database on the
 * server of SPRING_DATASOURCE_URL when that is set, otherwise an H2 file database in a
 * temporary folder.
 */
public final class FreshDatabase implements AutoCloseable {

	private final String url;

	private final String adminUrl;

	private final String name;

	private FreshDatabase(String url, String adminUrl, String name) {
		this.url = url;
		this.adminUrl = adminUrl;
		this.name = name;
	}

	public static FreshDatabase create(Path folder) {
		String suiteUrl = System.getenv("SPRING_DATASOURCE_URL");
		if (suiteUrl != null && suiteUrl.startsWith("jdbc:postgresql:")) {
			String name = "rectiflow_fresh_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			String server = suiteUrl.substring(0, suiteUrl.lastIndexOf('/') + 1);
			FreshDatabase database = new FreshDatabase(server + name, suiteUrl, name);
			database.execute("CREATE DATABASE " + name);
			return database;
		}
		return new FreshDatabase("jdbc:h2:file:" + folder.resolve("rectiflow").toAbsolutePath() + ";MODE=LEGACY", null,
				null);
	}

	public String url() {
		return this.url;
	}

	public String[] springArguments() {
		String username = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "sa");
		String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
		return new String[] { "--spring.datasource.url=" + this.url, "--spring.datasource.username=" + username,
				"--spring.datasource.password=" + password, "--server.port=0" };
	}

	@Override
	public void close() {
		if (this.name != null) {
			execute("DROP DATABASE IF EXISTS " + this.name + " WITH (FORCE)");
		}
	}

	private void execute(String sql) {
		String username = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
		String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
		try (Connection connection = DriverManager.getConnection(this.adminUrl, username, password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot run '" + sql + "' on " + this.adminUrl, ex);
		}
	}

}
