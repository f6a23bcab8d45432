package org.rectiflow.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the access matrices share: the callers, the rows, the verdict of one call and the
 * counted, drawn matrix.
 */
final class AccessTable {

	static final String ANONYMOUS = "anonymous";

	/**
	 * One demo user per kind of group, and for each rule that depends on a record's owner
	 * the caller it lets in and one it keeps out: the records belong to village-t01v01 of
	 * township-t01, inspected by inspection-team-1 and supervised by dept-agriculture;
	 * village-t01v02, township-t02, inspection-team-2 and dept-civil-affairs are their
	 * neighbours.
	 */
	static final List<String> CALLERS = List.of(ANONYMOUS, "admin", "leading-group", "inspection-office",
			"inspection-team-1", "inspection-team-2", "discipline-commission", "organization-dept", "petition-office",
			"audit-bureau", "process-admin", "township-t01", "township-t02", "village-t01v01", "village-t01v02",
			"dept-agriculture", "dept-civil-affairs");

	static final Set<String> EVERYONE = Set.copyOf(CALLERS);

	/** Everyone logged in. */
	static final Set<String> USERS = CALLERS.stream()
		.filter((caller) -> !caller.equals(ANONYMOUS))
		.collect(Collectors.toUnmodifiableSet());

	private AccessTable() {
	}

	static String password(String caller) {
		return caller.equals("admin") ? "admin" : "demo";
	}

	/**
	 * A row: the endpoint (method, pattern, and a variant where one endpoint has two
	 * rules) and who is allowed, as callers or sets of callers.
	 */
	static Map.Entry<String, Set<String>> row(String endpoint, Object... allowed) {
		Set<String> callers = new LinkedHashSet<>();
		for (Object entry : allowed) {
			if (entry instanceof Collection<?> group) {
				group.forEach((caller) -> callers.add((String) caller));
			}
			else {
				callers.add((String) entry);
			}
		}
		assertThat(CALLERS).as("callers of %s", endpoint).containsAll(callers);
		return Map.entry(endpoint, Set.copyOf(callers));
	}

	@SafeVarargs
	static Map<String, Set<String>> table(Map.Entry<String, Set<String>>... rows) {
		Map<String, Set<String>> table = new LinkedHashMap<>();
		for (Map.Entry<String, Set<String>> row : rows) {
			assertThat(table.put(row.getKey(), row.getValue())).as("row %s twice", row.getKey()).isNull();
		}
		return table;
	}

	@SafeVarargs
	static Set<String> union(Set<String>... sets) {
		Set<String> all = new LinkedHashSet<>();
		for (Set<String> set : sets) {
			all.addAll(set);
		}
		return Set.copyOf(all);
	}

	/**
	 * What one call answered: allowed, denied (with its status), or neither, which means
	 * the row's request is wrong; {@code fault} says why a refusal is not in its door's
	 * form, or why the request is wrong.
	 */
	record Verdict(boolean allowed, boolean denied, int status, String fault) {

		static Verdict allow(int status) {
			return new Verdict(true, false, status, "");
		}

		static Verdict deny(int status) {
			return new Verdict(false, true, status, "");
		}

		static Verdict deny(int status, String fault) {
			return new Verdict(false, true, status, fault);
		}

		static Verdict wrong(int status, String body) {
			return new Verdict(false, false, status,
					status + " " + body.substring(0, Math.min(300, body.length())).replaceAll("\\s+", " "));
		}

	}

	/** The verdicts, counted and drawn as a table. */
	static final class Matrix {

		final List<String> wrongRequests = new ArrayList<>();

		final List<String> unexpectedAllows = new ArrayList<>();

		final List<String> unexpectedDenies = new ArrayList<>();

		final List<String> silentRefusals = new ArrayList<>();

		int allows;

		int denies;

		private final String title;

		private final Map<String, StringBuilder> lines = new LinkedHashMap<>();

		private final Map<String, Set<String>> denyStatuses = new HashMap<>();

		Matrix(String title) {
			this.title = title;
		}

		void record(String row, String caller, boolean expected, Verdict verdict) {
			String cell;
			if (!verdict.allowed() && !verdict.denied()) {
				this.wrongRequests.add(row + " as " + caller + ": " + verdict.fault());
				cell = "?";
			}
			else if (verdict.allowed()) {
				this.allows++;
				cell = expected ? "Y" : "!";
				if (!expected) {
					this.unexpectedAllows.add(row + " allows " + caller);
				}
			}
			else {
				this.denies++;
				cell = expected ? "x" : ".";
				if (expected) {
					this.unexpectedDenies.add(row + " denies " + caller);
				}
				boolean answered = verdict.status() >= 200 && verdict.status() < 300;
				this.denyStatuses.computeIfAbsent(row, (key) -> new TreeSet<>())
					.add(answered ? "unlisted" : String.valueOf(verdict.status()));
				if (!verdict.fault().isEmpty()) {
					this.silentRefusals.add(row + " as " + caller + ": " + verdict.fault());
				}
			}
			this.lines.computeIfAbsent(row, (key) -> new StringBuilder()).append(' ').append(cell);
		}

		int cells() {
			return this.allows + this.denies + this.wrongRequests.size();
		}

		/** Prints the matrix and writes it to {@code target/<name>}. */
		void write(String name) throws IOException {
			StringBuilder text = new StringBuilder();
			text.append(this.title)
				.append(": ")
				.append(this.lines.size())
				.append(" rows x ")
				.append(CALLERS.size())
				.append(" callers = ")
				.append(cells())
				.append(" cells; ")
				.append(this.allows)
				.append(" allow, ")
				.append(this.denies)
				.append(" deny; ")
				.append(this.unexpectedAllows.size())
				.append(" unexpected allows, ")
				.append(this.unexpectedDenies.size())
				.append(" unexpected denies, ")
				.append(this.wrongRequests.size())
				.append(" wrong requests\n")
				.append("Y allowed, . denied, ! allowed but should be denied, x denied but should be allowed, "
						+ "? wrong request; the statuses that denied, \"unlisted\": a list without the record\n");
			for (int i = 0; i < CALLERS.size(); i++) {
				text.append(String.format("%2d %s%n", i + 1, CALLERS.get(i)));
			}
			int width = this.lines.keySet().stream().mapToInt(String::length).max().orElse(10);
			for (Map.Entry<String, StringBuilder> line : this.lines.entrySet()) {
				text.append(String.format("%-" + width + "s", line.getKey())).append(line.getValue());
				Set<String> statuses = this.denyStatuses.get(line.getKey());
				text.append((statuses != null) ? "  " + String.join(",", statuses) : "").append('\n');
			}
			System.out.println(text);
			Path file = Path.of("target", name);
			Files.createDirectories(file.getParent());
			Files.writeString(file, text);
		}

		void assertAsExpected() {
			assertThat(this.wrongRequests).as("requests the matrix must fix (they decide nothing)").isEmpty();
			assertThat(this.unexpectedAllows).as("UNEXPECTED ALLOWS (security bugs)").isEmpty();
			assertThat(this.unexpectedDenies).as("unexpected denies").isEmpty();
			assertThat(this.silentRefusals).as("refusals that do not say why in the door's form").isEmpty();
		}

	}

	/**
	 * A record a change uses up (a round once closed, a token once answered): made on
	 * first use and made again after each allowed change, so that every caller meets it
	 * as new.
	 */
	static final class Fresh<T> {

		private final Supplier<T> maker;

		private T current;

		Fresh(Supplier<T> maker) {
			this.maker = maker;
		}

		T get() {
			if (this.current == null) {
				this.current = this.maker.get();
			}
			return this.current;
		}

		void usedUp() {
			this.current = null;
		}

	}

}
