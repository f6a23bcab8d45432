package org.rectiflow.notification;

import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rectiflow.support.ApiTest;
import org.rectiflow.support.Unique;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The e-mail channel against an SMTP server inside the test (GreenMail): members of the
 * recipient groups with an address get the notice once the transaction commits, never for
 * a rolled-back one; with the channel off (the default) nothing is sent.
 */
@ApiTest
class MailChannelTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@Autowired
	private IdentityService identity;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private Notifications notifications;

	@Test
	void membersWithAnAddressGetTheNoticeAfterCommit() throws Exception {
		String group = "village-" + Unique.code("m").toLowerCase();
		this.identity.saveGroup(groupOf(group));
		member(group, "li-" + group, "li@" + group + ".example.cn");
		member(group, "wang-" + group, null);
		MailChannel mail = new MailChannel(new MailProperties(true, "127.0.0.1", smtp.getSmtp().getPort(),
				"xuncha@example.gov.cn", null, null, false, "https://xuncha.example.gov.cn"), this.identity);
		Notice notice = new Notice("督办函 示范县巡整督〔2026〕第9号", "请按期整改。", "/console/letters/9.pdf", "letter:9",
				Set.of(group));

		this.transaction.executeWithoutResult((status) -> {
			mail.deliver(notice);
			status.setRollbackOnly();
		});
		assertThat(smtp.getReceivedMessages()).as("nothing for a rolled-back step").isEmpty();

		this.transaction.executeWithoutResult((status) -> {
			mail.deliver(notice);
			assertThat(smtp.getReceivedMessages()).as("nothing before commit").isEmpty();
		});
		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getAllRecipients()).extracting(Object::toString)
			.containsExactly("li@" + group + ".example.cn");
		assertThat(received[0].getSubject()).isEqualTo("【巡察整改】督办函 示范县巡整督〔2026〕第9号");
		assertThat(received[0].getContent().toString()).contains("请按期整改。",
				"https://xuncha.example.gov.cn/console/letters/9.pdf");
	}

	@Test
	void theApplicationSendsNoMailByDefault() throws Exception {
		String group = "village-" + Unique.code("m").toLowerCase();
		this.identity.saveGroup(groupOf(group));
		member(group, "zhao-" + group, "zhao@" + group + ".example.cn");
		this.transaction.executeWithoutResult(
				(status) -> this.notifications.send(new Notice("提示函 测试", "正文", null, null, Set.of(group))));
		assertThat(smtp.waitForIncomingEmail(1000, 1)).isFalse();
	}

	private org.camunda.bpm.engine.identity.Group groupOf(String id) {
		org.camunda.bpm.engine.identity.Group group = this.identity.newGroup(id);
		group.setName(id);
		group.setType("WORKFLOW");
		return group;
	}

	private void member(String group, String userId, String email) {
		User user = this.identity.newUser(userId);
		user.setFirstName(userId);
		user.setLastName("测试");
		user.setEmail(email);
		user.setPassword("x-" + userId);
		this.identity.saveUser(user);
		this.identity.createMembership(userId, group);
	}

}
