package org.rectiflow.workbench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Evidence in the task: the village uploads a photo on its 落实整改 page, may remove its own
 * upload, cannot complete without evidence (Chinese message, nothing written), and the
 * line department's review page shows the photo beside the item's context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class TaskPageEvidenceTests {

	private static final Pattern ATTACHMENT = Pattern.compile("data-attachment-id=\"(\\d+)\"");

	@Autowired
	private WebApplicationContext context;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private TaskService tasks;

	@Autowired
	private ManagementService management;

	private MockMvc mvc;

	private WorkbenchItems items;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.items = new WorkbenchItems(this.runtime, this.tasks, this.management);
	}

	@Test
	void theVillageHandsInEvidenceAndTheDepartmentReviewsItOnItsTaskPage() throws Exception {
		WorkbenchItems.Item item = this.items.implementing("村务公开栏三个月未更新财务收支");
		String implement = this.items.task(item, "Task_Implement").getId();

		String page = body(get("/workbench/tasks/{id}", implement).with(village()));
		assertThat(page)
			.contains("村务公开栏三个月未更新财务收支", "农业农村局", "重新公开发包鱼塘", "佐证材料（<span id=\"evidence-count\">0</span> 个）",
					"accept=\"image/*,application/pdf\"", "capture=\"environment\"", "/console/items/" + item.id())
			.doesNotContain("evidenceUploaded", "已在整改台账上传佐证材料");
		// the form's text names the category and the department, not their codes
		assertThat(page).contains("<strong>类别：</strong> 集体“三资”管理", "<strong>主管部门：</strong> 农业农村局");

		// no evidence: refused in Chinese, the task stays open and nothing is written
		MockHttpServletResponse refused = response(post("/workbench/tasks/{id}", implement).with(village())
			.with(csrf())
			.param("implementationSummary", "已在村务公开栏公示全年财务收支，群众无异议")
			.param("moneyRecoveredYuan", "1200.5")
			.param("mattersSolved", "2"));
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(refused.getContentAsString()).contains("请先上传佐证材料");
		assertThat(this.tasks.createTaskQuery().taskId(implement).count()).isOne();
		assertThat(this.runtime.getVariable(item.processInstanceId(), "implementationSummary")).isNull();

		// upload, remove one's own upload, upload again
		MockHttpServletResponse uploaded = response(multipart("/workbench/tasks/{id}/evidence", implement)
			.file(new MockMultipartFile("file", "公开栏.png", "image/png", WorkbenchItems.photo()))
			.with(village())
			.with(csrf())
			.header("HX-Request", "true"));
		assertThat(uploaded.getStatus()).isEqualTo(200);
		assertThat(uploaded.getContentAsString()).contains("已上传 1 个文件", "<img", "公开栏.png");
		String removed = body(post("/workbench/tasks/{id}/evidence/{a}/delete", implement,
				attachmentId(uploaded.getContentAsString()))
			.with(village())
			.with(csrf())
			.header("HX-Request", "true"));
		assertThat(removed).contains("已删除", "evidence-count\">0<");
		MockHttpServletResponse second = response(multipart("/workbench/tasks/{id}/evidence", implement)
			.file(new MockMultipartFile("file", "公开栏.png", "image/png", WorkbenchItems.photo()))
			.with(village())
			.with(csrf()));
		assertThat(second.getStatus()).isEqualTo(302);

		// a file that is not what it claims is refused in Chinese
		MockHttpServletResponse fake = response(multipart("/workbench/tasks/{id}/evidence", implement)
			.file(new MockMultipartFile("file", "假照片.png", "image/png", "not a picture".getBytes()))
			.with(village())
			.with(csrf())
			.header("HX-Request", "true"));
		assertThat(fake.getStatus()).isEqualTo(400);
		assertThat(fake.getContentAsString()).contains("内容与扩展名不符");

		MockHttpServletResponse done = response(post("/workbench/tasks/{id}", implement).with(village())
			.with(csrf())
			.param("implementationSummary", "已在村务公开栏公示全年财务收支，群众无异议")
			.param("moneyRecoveredYuan", "1200.5")
			.param("mattersSolved", "2"));
		assertThat(done.getStatus()).isEqualTo(302);
		assertThat(this.tasks.createTaskQuery().taskId(implement).count()).isZero();
		assertThat(this.runtime.getVariable(item.processInstanceId(), "moneyRecoveredYuan")).isEqualTo(1200.5);
		assertThat(this.runtime.getVariable(item.processInstanceId(), "mattersSolved")).isEqualTo(2);
		this.items.runJobs(item);

		// the department reviews with the photo in view, and cannot add or remove files
		Task review = this.items.task(item, "Task_ReviewDepartment");
		assertThat(review).isNotNull();
		String reviewPage = body(get("/workbench/tasks/{id}", review.getId()).with(department()));
		assertThat(reviewPage).contains("<img", "公开栏.png", "已在村务公开栏公示全年财务收支", "业务主管部门会审意见")
			.doesNotContain("id=\"evidence-upload\"", "evidence-delete");
	}

	private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		MockHttpServletResponse response = response(request);
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	private MockHttpServletResponse response(org.springframework.test.web.servlet.RequestBuilder request)
			throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private static String attachmentId(String html) {
		Matcher matcher = ATTACHMENT.matcher(html);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private static RequestPostProcessor village() {
		return user(WorkbenchItems.VILLAGE).authorities(new SimpleGrantedAuthority(WorkbenchItems.VILLAGE));
	}

	private static RequestPostProcessor department() {
		return user(WorkbenchItems.DEPARTMENT).authorities(new SimpleGrantedAuthority(WorkbenchItems.DEPARTMENT));
	}

}
