package org.rectiflow.notification;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rectiflow.support.ApiTest;
import org.rectiflow.support.Unique;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Console notifications: each group sees its own, each person has their own read state,
 * the header's badge counts what is unread; e-mail is off by default.
 */
@ApiTest
class NotificationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Notifications notifications;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private ApplicationContext context;

	@Test
	void eachGroupSeesItsOwnAndEachPersonReadsForThemselves() throws Exception {
		String village = "village-" + Unique.code("n").toLowerCase();
		String neighbour = "village-" + Unique.code("n").toLowerCase();
		send("督办函 测试第1号", village, "township-t01");
		send("提示函 测试第2号", village);
		send("提示函 邻村第3号", neighbour);

		badge(village, "2");
		this.mvc.perform(get("/console/notifications").with(as("alice", village)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("督办函 测试第1号")))
			.andExpect(content().string(containsString("提示函 测试第2号")))
			.andExpect(content().string(not(containsString("邻村第3号"))));

		String id = idOf("督办函 测试第1号", "alice", village);
		this.mvc
			.perform(post("/console/notifications/" + id + "/read").header("HX-Request", "true")
				.with(as("alice", village))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已读")));
		badge("alice", village, "1");
		badge("bob", village, "2");

		// Another village may not touch it.
		this.mvc.perform(post("/console/notifications/" + id + "/read").with(as(neighbour, neighbour)).with(csrf()))
			.andExpect(status().isForbidden());
		// Opening marks it read and leads to the letter.
		String second = idOf("提示函 测试第2号", "alice", village);
		this.mvc.perform(get("/console/notifications/" + second + "/open").with(as("alice", village)))
			.andExpect(redirectedUrl("/console/letters/2.pdf"));
		badge("alice", village, "");

		this.mvc.perform(post("/console/notifications/read-all").with(as("bob", village)).with(csrf()))
			.andExpect(redirectedUrl("/console/notifications"));
		badge("bob", village, "");
		badge(neighbour, neighbour, "1");
	}

	@Test
	void mailIsOffByDefaultAndANoticeNeedsRecipients() {
		assertThat(this.context.getBeansOfType(NotificationChannel.class).values())
			.extracting(NotificationChannel::name)
			.containsExactly("console");
		assertThatThrownBy(() -> new Notice("标题", null, null, null, Set.of())).hasMessageContaining("接收单位");
	}

	private void send(String title, String... groups) {
		this.transaction.executeWithoutResult((status) -> this.notifications.send(new Notice(title, "正文：" + title,
				"/console/letters/" + title.replaceAll("\\D", "") + ".pdf", null, Set.of(groups))));
	}

	private void badge(String group, String expected) throws Exception {
		badge(group, group, expected);
	}

	private void badge(String userId, String group, String expected) throws Exception {
		String html = this.mvc.perform(get("/console/notifications/unread-count").with(as(userId, group)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("<[^>]*>", "")
			.strip();
		assertThat(html).as("unread count of " + userId).isEqualTo(expected);
	}

	private String idOf(String title, String userId, String group) throws Exception {
		String html = this.mvc.perform(get("/console/notifications").with(as(userId, group)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int at = html.indexOf(title);
		int start = html.lastIndexOf("id=\"notification-", at);
		return html.substring(start + "id=\"notification-".length(), html.indexOf('"', start + 17));
	}

	private static RequestPostProcessor as(String userId, String group) {
		return user(userId).authorities(new SimpleGrantedAuthority(group));
	}

}
