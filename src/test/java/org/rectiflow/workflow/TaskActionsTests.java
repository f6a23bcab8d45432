package org.rectiflow.workflow;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 退回 and 转办 through the API, as a department's staff use them. */
@Order(ProcessTestSupport.RUN_AFTER_THE_API_TESTS)
class TaskActionsTests extends ProcessTestSupport {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private IdentityService identity;

	private ProcessInstance item;

	@BeforeEach
	void anItemWaitingForTheVillage() {
		String findingId = "F" + UUID.randomUUID();
		this.item = this.runtime.startProcessInstanceByKey("rectification-item", findingId,
				Map.of("findingId", findingId, "inspectionRecordId", "IR-1", "unitName", "青山村", "villageGroup",
						"village-t01v01", "townshipGroup", "township-t01"));
		runDueJobs();
		complete("Task_PlanMeasures", this.item.getId(), "measures", "措施", "responsiblePerson", "李明", "deadline",
				"2027-06-30", "longTerm", false);
		if (this.identity.createUserQuery().userId("t01v01-clerk").count() == 0) {
			User clerk = this.identity.newUser("t01v01-clerk");
			clerk.setFirstName("青山村");
			clerk.setLastName("文书");
			clerk.setPassword("demo");
			this.identity.saveUser(clerk);
			this.identity.createMembership("t01v01-clerk", "village-t01v01");
		}
	}

	@Test
	void returningSendsTheTaskBackToThePreviousStepWithTheReason() throws Exception {
		Task implement = task("Task_Implement", this.item.getId());
		action("village-t01v01", implement, "return", "{\"reason\":\"整改期限填写错误，需重新制定\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.returnedTo").value("Task_PlanMeasures"));

		assertThat(this.item).isWaitingAt("Task_PlanMeasures");
		assertThat(this.runtime.getVariable(this.item.getId(), "lastReturnReason")).isEqualTo("整改期限填写错误，需重新制定");
		assertThat(this.tasks.getProcessInstanceComments(this.item.getId())).extracting(Comment::getFullMessage)
			.anyMatch((text) -> text.contains("退回至「认领并制定整改措施」") && text.contains("整改期限填写错误"));
	}

	@Test
	void theFirstStepHasNothingToReturnTo() throws Exception {
		String findingId = "F" + UUID.randomUUID();
		ProcessInstance fresh = this.runtime.startProcessInstanceByKey("rectification-item", findingId,
				Map.of("findingId", findingId, "villageGroup", "village-t01v01", "townshipGroup", "township-t01"));
		runDueJobs();
		action("village-t01v01", task("Task_PlanMeasures", fresh.getId()), "return", "{\"reason\":\"不是我们村的问题\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("没有可退回的上一步")));
	}

	@Test
	void passingATaskToAColleagueAssignsItAndLeavesAComment() throws Exception {
		Task implement = task("Task_Implement", this.item.getId());
		action("village-t01v01", implement, "transfer", "{\"colleague\":\"t01v01-clerk\",\"reason\":\"由文书整理佐证材料\"}")
			.andExpect(status().isNoContent());
		assertThat(this.tasks.createTaskQuery().taskId(implement.getId()).singleResult().getAssignee())
			.isEqualTo("t01v01-clerk");
		assertThat(this.tasks.getTaskComments(implement.getId())).extracting(Comment::getFullMessage)
			.containsExactly("转办给 t01v01-clerk：由文书整理佐证材料");
	}

	@Test
	void aTaskCannotBePassedOutsideTheDepartment() throws Exception {
		Task implement = task("Task_Implement", this.item.getId());
		action("village-t01v01", implement, "transfer", "{\"colleague\":\"village-t02v01\",\"reason\":\"请代办\"}")
			.andExpect(status().isConflict());
		assertThat(this.tasks.createTaskQuery().taskId(implement.getId()).singleResult().getAssignee()).isNull();
	}

	@Test
	void anotherVillageCannotReturnOrPassTheTaskAndLearnsNothingAboutIt() throws Exception {
		Task implement = task("Task_Implement", this.item.getId());
		action("village-t02v01", implement, "return", "{\"reason\":\"退回\"}").andExpect(status().isNotFound());
		action("village-t02v01", implement, "transfer", "{\"colleague\":\"village-t02v01\",\"reason\":\"x\"}")
			.andExpect(status().isNotFound());
		assertThat(this.item).isWaitingAt("Task_Implement");
	}

	@Test
	void aReturnWithoutAReasonIsRefusedWithTheField() throws Exception {
		Task implement = task("Task_Implement", this.item.getId());
		action("village-t01v01", implement, "return", "{\"reason\":\"\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		action("village-t01v01", implement, "return", "{not json").andExpect(status().isBadRequest());
		assertThat(this.item).isWaitingAt("Task_Implement");
	}

	private ResultActions action(String user, Task task, String action, String body) throws Exception {
		return this.mvc.perform(post("/api/tasks/" + task.getId() + "/" + action).with(httpBasic(user, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

}
