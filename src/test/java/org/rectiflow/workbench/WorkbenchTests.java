package org.rectiflow.workbench;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.rectiflow.support.ApiTest;
import org.rectiflow.unit.InspectedUnit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The workbench through MockMvc: cards with names, search and filters, counts; the task
 * actions and their refusals (scope 404, not allowed 403, not now 409, bad input 400, all
 * in Chinese); 抄送我的; batch approval.
 */
@ApiTest
class WorkbenchTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private WorkbenchFlows flows;

	@Autowired
	private TaskService tasks;

	@Test
	void theInboxShowsCardsWithNamesAndFindsThemByProblemOrVillage() throws Exception {
		InspectedUnit village = this.flows.village("卡片测试村");
		this.flows.opened(village, "卡片测试：村集体鱼塘承包合同未经村民代表会议表决");
		RequestPostProcessor secretary = as(village.getGroupId(), village.getGroupId());

		this.mvc.perform(get("/workbench").param("list", "group").with(secretary))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("认领并制定整改措施")))
			.andExpect(content().string(containsString("卡片测试村")))
			.andExpect(content().string(containsString("青山镇")))
			.andExpect(content().string(containsString("卡片测试：村集体鱼塘承包合同")))
			.andExpect(content().string(containsString("整改")))
			.andExpect(content().string(containsString("认领")));
		this.mvc.perform(get("/workbench").param("list", "group").param("q", "鱼塘承包").with(secretary))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("卡片测试村")));
		this.mvc.perform(get("/workbench").param("list", "group").param("q", "没有这样的问题").with(secretary))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("暂无任务")));
		this.mvc
			.perform(get("/workbench").param("list", "group")
				.param("stage", "RECTIFICATION")
				.param("process", "rectification-item")
				.param("colour", "NONE")
				.param("sort", "created")
				.with(secretary))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("卡片测试村")));
		this.mvc.perform(get("/workbench").param("list", "group").param("stage", "ONSITE").with(secretary))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("卡片测试：村集体"))));
		// the township reads its village's task in the office's lists only if it is a
		// candidate: not here
		this.mvc.perform(get("/workbench").param("list", "group").with(as("township-t01", "township-t01")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("卡片测试：村集体鱼塘"))));
		this.mvc.perform(get("/workbench/count").with(secretary))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("workbench-count")));
	}

	@Test
	void badFiltersAreRefusedInChinese() throws Exception {
		RequestPostProcessor office = as("inspection-office", "inspection-office");
		this.mvc.perform(get("/workbench").param("list", "everything").with(office))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("没有名为「everything」的待办列表")));
		this.mvc.perform(get("/workbench").param("colour", "PURPLE").with(office))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("预警颜色")));
		this.mvc.perform(get("/workbench").param("stage", "NOWHERE").with(office))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("阶段")));
		this.mvc.perform(get("/workbench").param("page", "x").with(office))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("无效")));
		this.mvc.perform(get("/workbench").param("sort", "name").with(office))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("排序")));
	}

	@Test
	void actionsStayInScopeAndSayWhy() throws Exception {
		InspectedUnit village = this.flows.village("操作测试村");
		InspectedUnit neighbour = this.flows.village("邻村");
		WorkbenchFlows.Flow flow = this.flows.planned(village, "操作测试：低保评定结果未张榜公示");
		String secretaryId = this.flows.member("wb-sec-" + village.getCode().toLowerCase(), "王", "书记",
				village.getGroupId());
		String clerkId = this.flows.member("wb-clerk-" + village.getCode().toLowerCase(), "赵", "文书",
				village.getGroupId());
		RequestPostProcessor secretary = as(secretaryId, village.getGroupId());
		RequestPostProcessor stranger = as(neighbour.getGroupId(), neighbour.getGroupId());
		RequestPostProcessor township = as("township-t01", "township-t01");
		String implement = this.flows.task(flow, "Task_Implement").getId();
		String actions = "/workbench/tasks/" + implement + "/actions";

		// another village neither sees nor touches it
		this.mvc.perform(get(actions).with(stranger))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("未找到")));
		this.mvc.perform(post(actions + "/claim").with(stranger).with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(get("/workbench/tasks/no-such-task/actions").with(secretary)).andExpect(status().isNotFound());

		// the panel names where a return goes and who the colleagues are
		this.mvc.perform(get(actions).with(secretary))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("认领")))
			.andExpect(content().string(containsString("将退回至「<strong>认领并制定整改措施</strong>」")))
			.andExpect(content().string(containsString("赵文书")))
			.andExpect(content().string(containsString("延期申请")))
			.andExpect(content().string(not(containsString("催办事由"))));

		this.mvc.perform(post(actions + "/claim").with(secretary).with(csrf()).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已认领「落实整改并提交佐证材料」")));
		assertThat(this.tasks.createTaskQuery().taskId(implement).singleResult().getAssignee()).isEqualTo(secretaryId);
		// a colleague cannot claim it again, nor return it
		RequestPostProcessor clerk = as(clerkId, village.getGroupId());
		this.mvc.perform(post(actions + "/claim").with(clerk).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("已由王书记认领")));
		this.mvc.perform(post(actions + "/return").param("reason", "不归我办").with(clerk).with(csrf()))
			.andExpect(status().isForbidden());

		// bad input
		this.mvc.perform(post(actions + "/return").param("reason", " ").with(secretary).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写退回理由")));
		this.mvc.perform(post(actions + "/fly").with(secretary).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("没有名为「fly」的操作")));
		this.mvc
			.perform(post(actions + "/extension").param("requestedDeadline", "明年")
				.param("reason", "需要等待春耕结束后再公开发包")
				.with(secretary)
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("日期格式应为 yyyy-MM-dd")));
		this.mvc.perform(post(actions + "/cc").with(secretary).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("二选一")));
		this.mvc
			.perform(post(actions + "/delegate").param("colleague", "inspection-office").with(secretary).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("只能委派给本部门的同事")));

		// the village may not urge itself; the township urges, and the village is told
		this.mvc.perform(post(actions + "/urge").param("reason", "请抓紧").with(secretary).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(actions + "/urge").param("reason", "群众反映强烈，请本周内完成公示").with(township).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已催办")));
		this.mvc.perform(get("/console/notifications").with(secretary))
			.andExpect(content().string(containsString("催办：落实整改并提交佐证材料（操作测试村）")));

		// 抄送 to the inspection office, who reads it under 抄送我的
		this.mvc
			.perform(post(actions + "/cc").param("toGroup", "inspection-office")
				.param("note", "请巡察办关注")
				.with(secretary)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已抄送给")));
		this.mvc.perform(get("/workbench").param("list", "cc").with(as("inspection-office", "inspection-office")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("操作测试：低保评定结果未张榜公示")))
			.andExpect(content().string(containsString("请巡察办关注")));

		// delegate to the clerk, who resolves it back
		this.mvc.perform(post(actions + "/delegate").param("colleague", clerkId).with(secretary).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已委派给赵文书")));
		this.mvc.perform(post(actions + "/resolve").with(clerk).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("任务交回王书记")));
		assertThat(this.tasks.createTaskQuery().taskId(implement).singleResult().getAssignee()).isEqualTo(secretaryId);

		// 退回 with a reason: the earlier step is open again and the village reads why
		this.mvc.perform(post(actions + "/return").param("reason", "整改措施写错了事项，需重新制定").with(secretary).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已退回至「认领并制定整改措施」")));
		Task again = this.flows.task(flow, "Task_PlanMeasures");
		assertThat(again).isNotNull();
		this.mvc.perform(get("/workbench/tasks/" + again.getId() + "/actions").with(secretary))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("整改措施写错了事项，需重新制定")));
	}

	@Test
	void theLineDepartmentApprovesSeveralItemsAtOnce() throws Exception {
		InspectedUnit village = this.flows.village("批量审核村");
		WorkbenchFlows.Flow first = this.flows.inReview(village, "批量审核：集体土地流转收益未入账");
		WorkbenchFlows.Flow second = this.flows.inReview(village, "批量审核：村务监督委员会未开展活动");
		RequestPostProcessor department = as("dept-agriculture", "dept-agriculture");
		String one = this.flows.task(first, "Task_ReviewDepartment").getId();
		String two = this.flows.task(second, "Task_ReviewDepartment").getId();

		this.mvc.perform(get("/workbench/batch").with(department))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("批量审核：集体土地流转收益未入账")))
			.andExpect(content().string(containsString("整改现场照片.png")))
			.andExpect(content().string(containsString("已重新公开发包并公示")));
		// another party's task (403), a task out of scope (404), or nothing chosen:
		// refused, nothing
		// approved
		String office = this.flows.task(first, "Task_ReviewOffice").getId();
		this.mvc.perform(post("/workbench/batch").param("taskId", one, office).with(department).with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("不是您可以审核的任务")));
		this.mvc
			.perform(post("/workbench/batch").param("taskId", one).with(as("dept-water", "dept-water")).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/workbench/batch").with(department).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请至少选择一项")));
		assertThat(this.flows.task(first, "Task_ReviewDepartment")).isNotNull();

		this.mvc.perform(post("/workbench/batch").param("taskId", one, two).with(department).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已审核通过 2 项")));
		assertThat(this.flows.task(first, "Task_ReviewDepartment")).isNull();
		assertThat(this.flows.task(second, "Task_ReviewDepartment")).isNull();
		assertThat(this.flows.task(first, "Task_ReviewOffice")).isNotNull();
	}

	private static RequestPostProcessor as(String userId, String group) {
		return user(userId).authorities(new SimpleGrantedAuthority(group));
	}

}
