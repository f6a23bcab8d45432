package org.rectiflow.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Settings, the benchmark's own database and the result files of the harness
 * ({@code -P benchmark}, docs/benchmarks.md). Every setting is a system property the
 * Maven profile passes on ({@code -Dbench.items=1000}).
 */
final class Bench {

	private Bench() {
	}

	static int integer(String name, int fallback) {
		return Integer.parseInt(System.getProperty(name, String.valueOf(fallback)).strip());
	}

	static String string(String name, String fallback) {
		String value = System.getProperty(name);
		return (value == null || value.isBlank()) ? fallback : value.strip();
	}

	static List<Integer> integers(String name, String fallback) {
		return Arrays.stream(string(name, fallback).split(",")).map(String::strip).map(Integer::valueOf).toList();
	}

	static String jdbcUrl(String database) {
		return "jdbc:postgresql://" + string("bench.pghost", "127.0.0.1") + ":5432/" + database;
	}

	/** Drops and creates a database of the harness's own (never one of the project's). */
	static void recreate(String database) {
		if (!database.matches("rf_[a-z0-9_]+")) {
			throw new IllegalArgumentException("benchmark databases are named rf_*: " + database);
		}
		try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + database + " with (force)");
			statement.execute("create database " + database);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot create the benchmark database " + database, ex);
		}
	}

	static boolean exists(String database) {
		try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
				Statement statement = connection.createStatement();
				var rows = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
			return rows.next();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Median, min and max of a series, as "median (min–max)". */
	static String spread(List<Double> values, String format) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return String.format(Locale.ROOT, format + " (" + format + "–" + format + ")", median(sorted), sorted.get(0),
				sorted.get(sorted.size() - 1));
	}

	static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int n = sorted.size();
		return (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	/** The p-th percentile (nearest rank) of a series. */
	static double percentile(List<Double> values, double p) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * sorted.size());
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
	}

	/** The header every result file starts with: machine, date, commit. */
	static String header(String title) {
		Runtime runtime = Runtime.getRuntime();
		return "## " + title + "\n\n" + "- date: " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n" + "- commit: "
				+ commit() + "\n" + "- machine: " + runtime.availableProcessors() + " cores (nproc), " + totalMemory()
				+ ", JVM " + System.getProperty("java.version") + " -Xmx" + runtime.maxMemory() / (1024 * 1024) + "m\n"
				+ "- load average at start: " + String.format(Locale.ROOT, "%.2f",
						ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
				+ "\n\n";
	}

	private static String totalMemory() {
		try {
			String line = Files.readAllLines(Path.of("/proc/meminfo"))
				.stream()
				.filter((l) -> l.startsWith("MemTotal"))
				.findFirst()
				.orElse("MemTotal: ? kB");
			long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
			return String.format(Locale.ROOT, "%.1f GiB RAM", kb / 1024.0 / 1024.0);
		}
		catch (IOException | NumberFormatException ex) {
			return "? RAM";
		}
	}

	static String commit() {
		try {
			Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
			String sha = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			git.waitFor();
			Process dirty = new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=no")
				.redirectErrorStream(true)
				.start();
			boolean changed = dirty.getInputStream().readAllBytes().length > 0;
			dirty.waitFor();
			return sha + (changed ? " (+ uncommitted changes)" : "");
		}
		catch (IOException ex) {
			return "?";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "?";
		}
	}

	/** Appends to target/benchmarks/NAME.md and prints the same text. */
	static void write(String name, String markdown) {
		Path dir = Path.of(string("bench.out", "target/benchmarks"));
		try {
			Files.createDirectories(dir);
			Files.writeString(dir.resolve(name + ".md"), markdown, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		System.out.println(markdown);
	}

}
