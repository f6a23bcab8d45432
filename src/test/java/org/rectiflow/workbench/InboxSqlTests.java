package org.rectiflow.workbench;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Test;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.support.ApiTest;
import org.rectiflow.unit.InspectedUnit;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unfiltered inbox lists through {@link InboxSql} select and count exactly the tasks
 * of Camunda's task query ({@link TaskCards#query}), in its order, for a village, a
 * department, the office, a person with a task of their own and one without groups.
 */
@ApiTest
class InboxSqlTests {

	@Autowired
	private TaskCards cards;

	@Autowired
	private WorkbenchFlows flows;

	@Autowired
	private TaskService tasks;

	@Autowired
	private BusinessDate clock;

	@Test
	void theNativeListsAreTheTaskQuerys() {
		InspectedUnit village = this.flows.village("原生查询村");
		this.flows.opened(village, "原生查询：村务公开不及时");
		WorkbenchFlows.Flow planned = this.flows.planned(village, "原生查询：承包合同未经表决");
		Task assigned = this.tasks.createTaskQuery()
			.processInstanceId(planned.processInstanceId())
			.active()
			.list()
			.get(0);
		String person = "native-" + assigned.getId();
		this.tasks.setAssignee(assigned.getId(), person);
		List<CurrentUser> users = List.of(new CurrentUser(village.getGroupId(), Set.of(village.getGroupId())),
				new CurrentUser("inspection-office", Set.of("inspection-office")),
				new CurrentUser("dept-agriculture", Set.of("dept-agriculture", "township-t01")),
				new CurrentUser(person, Set.of(village.getGroupId())), new CurrentUser(person, Set.of()));
		for (CurrentUser user : users) {
			var counts = this.cards.counts(user);
			for (WorkbenchList list : List.of(WorkbenchList.MINE, WorkbenchList.GROUP, WorkbenchList.SOON,
					WorkbenchList.OVERDUE)) {
				for (String sort : List.of("deadline", "created")) {
					InboxQuery query = new InboxQuery(list, null, null, null, null, sort, 0);
					TaskQuery expected = this.cards.query(query, user);
					long total = (expected != null) ? expected.count() : 0;
					assertThat(counts.get(list)).as("%s %s", user, list).isEqualTo(total);
					if (expected != null) {
						if ("created".equals(sort)) {
							expected.orderByTaskCreateTime().desc();
						}
						else {
							expected.orderByDueDate().asc().orderByTaskCreateTime().asc();
						}
					}
					List<Task> all = (expected != null) ? expected.listPage(0, 1000) : List.of();
					InboxSql sql = InboxSql.of(list, user, this.clock.now(), "ACT_RU_TASK", "ACT_RU_IDENTITYLINK");
					List<Task> mine = (sql != null) ? sql.page(this.tasks, sort, 0, 1000) : List.of();
					assertThat(ids(mine)).as("%s %s %s", user, list, sort).hasSameElementsAs(ids(all));
					assertThat(keys(mine)).as("%s %s %s order", user, list, sort).isEqualTo(keys(all));
					InboxPage page = this.cards.page(query, user);
					assertThat(page.total()).isEqualTo(total);
					assertThat(page.cards()).hasSize((int) Math.min(total, InboxQuery.PAGE_SIZE));
				}
			}
			if (user.userId().equals(person)) {
				assertThat(counts.get(WorkbenchList.MINE)).isEqualTo(1);
			}
		}
	}

	private static List<String> ids(List<Task> tasks) {
		return tasks.stream().map(Task::getId).toList();
	}

	/** The sort keys (due date, creation), which ties make the only defined order. */
	private static List<String> keys(List<Task> tasks) {
		return tasks.stream().map((task) -> task.getDueDate() + "|" + task.getCreateTime()).toList();
	}

}
