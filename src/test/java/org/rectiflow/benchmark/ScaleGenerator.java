package org.rectiflow.benchmark;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a municipality into the benchmark's database (measure 4 of docs/benchmarks.md):
 * <ul>
 * <li>11,253 inspected units (450 townships, 10,803 villages and communities) and their
 * Camunda groups: bulk {@code COPY} into the application's {@code inspected_unit} and
 * Camunda's {@code ACT_ID_GROUP} (plain tables with no engine state behind them);</li>
 * <li>N rectification items in a mix of states: {@code COPY} into
 * {@code rectification_item};</li>
 * <li>for every open item, a <b>real</b> {@code rectification-item} process instance
 * started by the engine at the item's current step ({@code startBeforeActivity}, job
 * executor off, 50 instances per transaction), with the variables the opener and the
 * forms set: its tasks, candidate links, task authorizations, timer jobs, variables and
 * runtime history are the engine's own;</li>
 * <li>for every signed-off item, its finished process as history only: a
 * {@code ACT_HI_PROCINST} row and its completed tasks in {@code ACT_HI_TASKINST}, plus
 * the four approving votes in {@code rectification_vote} — bulk {@code COPY}, 7 to 27
 * completed tasks each (review rounds, a third of them long-term with five progress
 * reports, a quarter with an extension): just over 1M historic task rows at 100k items.
 * No runtime row refers to them, which is why inserting them is safe; what is not
 * inserted (activity, variable and operation-log history of those instances) only
 * shortens their timelines.</li>
 * </ul>
 * Open items start with colour NONE and deadlines spread from 60 days ago to 180 days
 * ahead, so their warning timers are due at once: the overdue sweep colours them.
 */
final class ScaleGenerator {

	static final int TOWNSHIPS = 450;

	/**
	 * The kinds of problem a village inspection finds, one per item in turn: a word of
	 * one of them (e.g. 表决) finds about one item in twenty, as a search on a real ledger
	 * would.
	 */
	static final String[] PROBLEMS = { "村集体资产台账不清，合同未经村民代表会议表决", "村务公开不及时，财务收支未按季度公示", "低保评审程序不规范，存在优亲厚友现象",
			"集体土地发包价格明显偏低，未进行公开招标", "惠农补贴发放不到位，部分农户未足额领取", "村干部兼职取酬未经审批", "工程项目未按规定履行招投标程序", "“三会一课”制度落实不到位，会议记录不全",
			"发展党员程序不规范，培养考察材料缺失", "扶贫资产管护责任未落实，部分设施闲置", "人居环境整治不彻底，垃圾清运不及时", "信访矛盾化解不及时，群众反映问题久拖未决",
			"非生产性开支超标，招待费用报销凭证不全", "集体经济合同管理混乱，存在口头合同", "宅基地审批把关不严，存在违规占地建房", "村级财务票据审核不严，白条入账", "耕地保护责任落实不到位，存在撂荒",
			"防汛防灾物资储备不足，应急预案未演练", "网格员履职不到位，入户走访记录缺失", "党员教育管理松散，流动党员失联" };

	static final int UNITS = 11_253;

	static final long FIRST_ITEM = 900_000_000L;

	static final String[] DEPARTMENTS = ThroughputBenchmark.DEPARTMENTS;

	static final String[] CATEGORIES = { "COLLECTIVE_ASSETS", "PARTY_BUILDING", "PEOPLES_LIVELIHOOD", "INTEGRITY",
			"GRASSROOTS_GOVERNANCE" };

	private final DataSource dataSource;

	private final RuntimeService runtime;

	private final RepositoryService repository;

	private final PlatformTransactionManager transactions;

	private final LocalDate today = ThroughputBenchmark.today();

	private final Instant now = Instant.now();

	final Map<String, Object> report = new java.util.LinkedHashMap<>();

	ScaleGenerator(DataSource dataSource, RuntimeService runtime, RepositoryService repository,
			PlatformTransactionManager transactions) {
		this.dataSource = dataSource;
		this.runtime = runtime;
		this.repository = repository;
		this.transactions = transactions;
	}

	/** The state of item number i (0-based): a realistic mix in the middle of a term. */
	static String state(long i) {
		long bucket = i % 50;
		if (bucket < 30) {
			return "SIGNED_OFF"; // 60%
		}
		if (bucket < 33) {
			return "TO_PLAN"; // 6%
		}
		if (bucket < 44) {
			return "IN_PROGRESS"; // 22%
		}
		if (bucket < 46) {
			return "RETURNED"; // 4%
		}
		return "UNDER_REVIEW"; // 8%
	}

	/** Days from today to the deadline of an open item: warning timers due for half. */
	static int deadlineOffset(long i) {
		long bucket = (i * 7919) % 100;
		if (bucket < 50) {
			return 21 + (int) (i % 160); // nothing due
		}
		if (bucket < 65) {
			return 11 + (int) (i % 10); // green due
		}
		if (bucket < 80) {
			return 1 + (int) (i % 10); // green, yellow due
		}
		if (bucket < 95) {
			return -(int) (i % 30); // green, yellow, red due
		}
		return -31 - (int) (i % 30); // all four due
	}

	static String unitCode(long unit) {
		long township = unit % TOWNSHIPS;
		return String.format(Locale.ROOT, "M%03dV%03d", township + 1, unit / TOWNSHIPS + 1);
	}

	static String townshipCode(long township) {
		return String.format(Locale.ROOT, "M%03d", township + 1);
	}

	void load(int items, int threads) throws Exception {
		long start = System.nanoTime();
		units();
		lap("units and groups (COPY)", start);
		start = System.nanoTime();
		items(items);
		lap("rectification_item rows (COPY)", start);
		start = System.nanoTime();
		long instances = processes(items, threads);
		this.report.put("open items started as process instances", instances);
		lap("process instances of open items (engine, " + threads + " threads)", start);
		start = System.nanoTime();
		long tasks = history(items);
		this.report.put("historic task rows inserted (ACT_HI_TASKINST)", tasks);
		lap("history of signed-off items and votes (COPY)", start);
		start = System.nanoTime();
		// a settled database, as autovacuum leaves one after a bulk load: statistics and
		// the visibility map that index-only scans need
		execute("vacuum analyze");
		lap("vacuum and analyze", start);
	}

	private void lap(String what, long start) {
		double seconds = (System.nanoTime() - start) / 1e9;
		this.report.put("load: " + what + " (s)", String.format(Locale.ROOT, "%.1f", seconds));
		System.out.printf(Locale.ROOT, "scale load: %s in %.1f s%n", what, seconds);
	}

	private void units() throws SQLException, IOException {
		StringBuilder units = new StringBuilder();
		StringBuilder groups = new StringBuilder();
		long base = 50_000_000L;
		for (int t = 0; t < TOWNSHIPS; t++) {
			String code = townshipCode(t);
			String group = "township-" + code.toLowerCase(Locale.ROOT);
			units.append(base + t)
				.append('\t')
				.append(code)
				.append("\t第")
				.append(t + 1)
				.append("镇\tTOWNSHIP\t\\N\t")
				.append(group)
				.append('\t')
				.append(group)
				.append("\tORDINARY\t\\N\t0\n");
			groups.append(group).append("\t1\t第").append(t + 1).append("镇\tWORKFLOW\n");
		}
		for (int u = 0; u < UNITS - TOWNSHIPS; u++) {
			String code = unitCode(u);
			String group = "village-" + code.toLowerCase(Locale.ROOT);
			String township = "township-" + townshipCode(u % TOWNSHIPS).toLowerCase(Locale.ROOT);
			units.append(base + TOWNSHIPS + u)
				.append('\t')
				.append(code)
				.append('\t')
				.append(code)
				.append((u % 9 == 0) ? "社区" : "村")
				.append((u % 9 == 0) ? "\tCOMMUNITY\t" : "\tVILLAGE\t")
				.append(base + (u % TOWNSHIPS))
				.append('\t')
				.append(group)
				.append('\t')
				.append(township)
				.append((u % 5 == 0) ? "\tKEY" : "\tORDINARY")
				.append("\t\\N\t0\n");
			groups.append(group).append("\t1\t").append(code).append("\tWORKFLOW\n");
		}
		copy("inspected_unit (id, code, name, kind, township_id, group_id, township_group_id, priority, "
				+ "last_inspected_on, version)", units);
		copy("ACT_ID_GROUP (ID_, REV_, NAME_, TYPE_)", groups);
	}

	private void items(int count) throws SQLException, IOException {
		StringBuilder rows = new StringBuilder();
		for (long i = 0; i < count; i++) {
			long id = FIRST_ITEM + i;
			long unit = i % (UNITS - TOWNSHIPS);
			String code = unitCode(unit);
			String township = townshipCode(unit % TOWNSHIPS);
			String state = state(i);
			String department = DEPARTMENTS[(int) (i % DEPARTMENTS.length)];
			LocalDate feedback = this.today.minusDays(30 + i % 120);
			boolean signedOff = state.equals("SIGNED_OFF");
			boolean planned = !state.equals("TO_PLAN");
			LocalDate deadline = signedOff ? feedback.plusDays(60 + i % 60)
					: planned ? this.today.plusDays(deadlineOffset(i)) : null;
			String colour = signedOff ? new String[] { "NONE", "NONE", "GREEN", "YELLOW", "RED" }[(int) (i % 5)]
					: "NONE";
			Instant created = feedback.atStartOfDay().toInstant(ZoneOffset.UTC);
			int reviewRound = state.equals("UNDER_REVIEW") ? 1 + (int) (i % 2)
					: signedOff ? 1 + (int) (i % 4) : state.equals("RETURNED") ? 1 : 0;
			int returns = signedOff ? reviewRound - 1 : state.equals("RETURNED") ? 1 : reviewRound > 1 ? 1 : 0;
			String category = CATEGORIES[(int) (i % CATEGORIES.length)];
			rows.append(id)
				.append('\t')
				.append("第")
				.append(i)
				.append("号问题：")
				.append(PROBLEMS[(int) (i % PROBLEMS.length)])
				.append('\t')
				.append(category)
				.append('\t')
				.append(category.toLowerCase(Locale.ROOT))
				.append('\t')
				.append(1 + i % 3)
				.append('\t')
				.append(id / 9)
				.append('\t')
				.append(feedback)
				.append('\t')
				.append(code)
				.append('\t')
				.append(code)
				.append("村\tvillage-")
				.append(code.toLowerCase(Locale.ROOT))
				.append('\t')
				.append(township)
				.append("\t第")
				.append(unit % TOWNSHIPS + 1)
				.append("镇\ttownship-")
				.append(township.toLowerCase(Locale.ROOT))
				.append('\t')
				.append(department)
				.append('\t')
				.append(department)
				.append('\t')
				.append(planned ? "张三\t13800000000\t逐户核实并公示整改结果" : "\\N\t\\N\t\\N")
				.append('\t')
				.append((signedOff || state.equals("UNDER_REVIEW")) ? "已清理资产并公示" : "\\N")
				.append('\t')
				.append((deadline != null) ? deadline.toString() : "\\N")
				.append('\t')
				.append((deadline != null) ? deadline.toString() : "\\N")
				.append('\t')
				.append(colour)
				.append('\t')
				.append(signedOff && i % 17 == 0)
				.append('\t')
				.append(state)
				.append('\t')
				.append(reviewRound)
				.append('\t')
				.append(returns)
				.append('\t')
				.append(i % 23 == 0)
				.append('\t')
				.append(signedOff ? deadline.minusDays(i % 20).toString() : "\\N")
				.append('\t')
				.append(created)
				.append('\t')
				.append(created.plus(10, ChronoUnit.DAYS))
				.append("\t0\n");
			if (rows.length() > 8_000_000) {
				copyItems(rows);
				rows.setLength(0);
			}
		}
		copyItems(rows);
	}

	private void copyItems(StringBuilder rows) throws SQLException, IOException {
		copy("rectification_item (id, finding_text, category, category_name, round_id, inspection_id, feedback_date, "
				+ "unit_code, unit_name, unit_group, township_code, township_name, township_group, "
				+ "supervising_dept_group, supervising_dept_name, responsible_person, responsible_phone, measures, "
				+ "implementation_summary, deadline, original_deadline, colour, flagged, state, review_round, "
				+ "return_count, long_term, signed_off_on, created_at, updated_at, version)", rows);
	}

	/** Starts the open items' processes at their current steps; returns how many. */
	private long processes(int count, int threads) throws Exception {
		List<Long> open = new ArrayList<>();
		for (long i = 0; i < count; i++) {
			if (!state(i).equals("SIGNED_OFF")) {
				open.add(i);
			}
		}
		Map<Long, String> started = new java.util.concurrent.ConcurrentHashMap<>();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> futures = new ArrayList<>();
			int batch = 50;
			for (int from = 0; from < open.size(); from += batch) {
				List<Long> slice = open.subList(from, Math.min(open.size(), from + batch));
				futures.add(pool.submit(() -> new TransactionTemplate(this.transactions).executeWithoutResult((tx) -> {
					for (long i : slice) {
						started.put(FIRST_ITEM + i, startAtStep(i));
					}
				})));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement update = connection
					.prepareStatement("update rectification_item set process_instance_id = ? where id = ?")) {
			int n = 0;
			for (Map.Entry<Long, String> entry : started.entrySet()) {
				update.setString(1, entry.getValue());
				update.setLong(2, entry.getKey());
				update.addBatch();
				if (++n % 1000 == 0) {
					update.executeBatch();
				}
			}
			update.executeBatch();
		}
		return started.size();
	}

	private String startAtStep(long i) {
		long id = FIRST_ITEM + i;
		String state = state(i);
		long unit = i % (UNITS - TOWNSHIPS);
		String code = unitCode(unit);
		String department = DEPARTMENTS[(int) (i % DEPARTMENTS.length)];
		Map<String, Object> variables = ThroughputBenchmark.start(id, code, department);
		variables.put("itemId", id);
		variables.put("unitName", code + "村");
		variables.put("townshipGroup", "township-" + townshipCode(unit % TOWNSHIPS).toLowerCase(Locale.ROOT));
		variables.put("returnCount", state.equals("RETURNED") ? 1 : 0);
		variables.put("warningColour", "NONE");
		variables.put("flagged", false);
		String activity = "Task_PlanMeasures";
		if (!state.equals("TO_PLAN")) {
			Map<String, Object> plan = ThroughputBenchmark.plan();
			plan.put("deadline", this.today.plusDays(deadlineOffset(i)).toString());
			plan.put("longTerm", i % 23 == 0);
			variables.putAll(plan);
			activity = state.equals("UNDER_REVIEW") ? "Gateway_ReviewSplit" : "Task_Implement";
		}
		if (state.equals("UNDER_REVIEW")) {
			variables.putAll(ThroughputBenchmark.implemented());
		}
		if (state.equals("RETURNED")) {
			variables.put("lastReturnReason", "组织部：缺少村民代表会议记录");
		}
		return this.runtime.createProcessInstanceByKey(ThroughputBenchmark.APP)
			.businessKey(String.valueOf(id))
			.setVariables(variables)
			.startBeforeActivity(activity)
			.execute(true, true)
			.getId();
	}

	/** History of the signed-off items: process, tasks and votes. */
	private long history(int count) throws SQLException, IOException {
		String definition = this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(ThroughputBenchmark.APP)
			.latestVersion()
			.singleResult()
			.getId();
		String[][] tasks = { { "Task_PlanMeasures", "认领并制定整改措施", null }, { "Task_Implement", "落实整改并提交佐证材料", null },
				{ "Task_ReviewOffice", "巡察办审核", "inspection-office" },
				{ "Task_ReviewDiscipline", "纪委监委审核", "discipline-commission" },
				{ "Task_ReviewOrganization", "组织部审核", "organization-dept" },
				{ "Task_ReviewDepartment", "业务主管部门审核", "" } };
		String[] parties = { "office", "discipline", "organization", "department" };
		StringBuilder processes = new StringBuilder();
		StringBuilder taskRows = new StringBuilder();
		StringBuilder votes = new StringBuilder();
		StringBuilder links = new StringBuilder();
		long taskCount = 0;
		long voteId = 50_000_000L;
		for (long i = 0; i < count; i++) {
			if (!state(i).equals("SIGNED_OFF")) {
				continue;
			}
			long id = FIRST_ITEM + i;
			String instance = UUID.randomUUID().toString();
			String village = "village-" + unitCode(i % (UNITS - TOWNSHIPS)).toLowerCase(Locale.ROOT);
			String department = DEPARTMENTS[(int) (i % DEPARTMENTS.length)];
			LocalDateTime started = this.today.minusDays(30 + i % 120).atTime(9, 0);
			int rounds = 1 + (int) (i % 4);
			LocalDateTime at = started;
			List<String[]> done = new ArrayList<>();
			done.add(tasks[0]);
			for (int r = 0; r < rounds; r++) {
				done.add(tasks[1]);
				for (int k = 2; k < 6; k++) {
					done.add(tasks[k]);
				}
			}
			if (i % 5 == 4) {
				done.add(new String[] { "Task_SuperviseOverdue", "督促逾期整改", "inspection-office" });
			}
			if (i % 3 == 0) {
				// a long-term item: five monthly progress reports
				for (int month = 0; month < 5; month++) {
					done.add(new String[] { "Task_ReportProgress", "报送阶段性进展", null });
				}
			}
			if (i % 4 == 1) {
				done.add(new String[] { "Task_ReviewExtension", "审批延期申请", "inspection-office" });
			}
			for (String[] task : done) {
				LocalDateTime end = at.plusHours(20 + (i % 7));
				String assignee = (task[2] == null) ? village : task[2].isEmpty() ? department : task[2];
				taskRows.append(UUID.randomUUID())
					.append('\t')
					.append(task[0])
					.append('\t')
					.append(ThroughputBenchmark.APP)
					.append('\t')
					.append(definition)
					.append('\t')
					.append(instance)
					.append('\t')
					.append(instance)
					.append('\t')
					.append(instance)
					.append('\t')
					.append(task[0])
					.append(':')
					.append(UUID.randomUUID())
					.append('\t')
					.append(task[1])
					.append('\t')
					.append(assignee)
					.append('\t')
					.append(at)
					.append('\t')
					.append(end)
					.append('\t')
					.append(ChronoUnit.MILLIS.between(at, end))
					.append("\tcompleted\t50\t")
					.append(end.plusYears(5))
					.append("\tCompleted\n");
				at = end;
				taskCount++;
			}
			processes.append(instance)
				.append('\t')
				.append(instance)
				.append('\t')
				.append(id)
				.append('\t')
				.append(ThroughputBenchmark.APP)
				.append('\t')
				.append(definition)
				.append('\t')
				.append(started)
				.append('\t')
				.append(at)
				.append('\t')
				.append(at.plusYears(5))
				.append('\t')
				.append(ChronoUnit.MILLIS.between(started, at))
				.append("\tStartEvent_ItemOpened\tEndEvent_ItemSignedOff\t")
				.append(instance)
				.append("\tCOMPLETED\n");
			links.append(instance).append('\t').append(id).append('\n');
			for (String party : parties) {
				votes.append(voteId++)
					.append('\t')
					.append(id)
					.append('\t')
					.append(rounds)
					.append('\t')
					.append(party)
					.append("\tAPPROVE\t\\N\t")
					.append(party.equals("department") ? department : party)
					.append('\t')
					.append(at.toInstant(ZoneOffset.UTC))
					.append('\n');
			}
			if (taskRows.length() > 8_000_000) {
				flushHistory(processes, taskRows, votes, links);
			}
		}
		flushHistory(processes, taskRows, votes, links);
		execute("select setval('rectification_vote_seq', " + (voteId + 100) + ")");
		return taskCount;
	}

	private void flushHistory(StringBuilder processes, StringBuilder tasks, StringBuilder votes, StringBuilder links)
			throws SQLException, IOException {
		copy("ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_, END_TIME_, "
				+ "REMOVAL_TIME_, DURATION_, START_ACT_ID_, END_ACT_ID_, ROOT_PROC_INST_ID_, STATE_)", processes);
		copy("ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_, "
				+ "EXECUTION_ID_, ACT_INST_ID_, NAME_, ASSIGNEE_, START_TIME_, END_TIME_, DURATION_, DELETE_REASON_, "
				+ "PRIORITY_, REMOVAL_TIME_, TASK_STATE_)", tasks);
		copy("rectification_vote (id, item_id, review_round, party, decision, reason, voter, voted_at)", votes);
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create temporary table bench_links (instance varchar(64), item bigint)");
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			copy.copyIn("COPY bench_links FROM STDIN", new StringReader(links.toString()));
			statement.execute("update rectification_item i set process_instance_id = l.instance from bench_links l "
					+ "where i.id = l.item");
			statement.execute("drop table bench_links");
		}
		processes.setLength(0);
		tasks.setLength(0);
		votes.setLength(0);
		links.setLength(0);
	}

	private void copy(String table, StringBuilder rows) throws SQLException, IOException {
		if (rows.length() == 0) {
			return;
		}
		try (Connection connection = this.dataSource.getConnection()) {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			copy.copyIn("COPY " + table + " FROM STDIN", new StringReader(rows.toString()));
		}
	}

	void execute(String sql) throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	static Map<String, Object> noVariables() {
		return new HashMap<>();
	}

}
