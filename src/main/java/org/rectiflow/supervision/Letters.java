package org.rectiflow.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.rectiflow.calendar.WorkingDayCalendar;
import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.notification.Notice;
import org.rectiflow.notification.Notifications;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues letters — numbered, stored and announced to their recipients in the caller's
 * transaction (a process step's) — and reads them within the reader's scope.
 */
@Service
@Transactional
public class Letters {

	private final LetterRepository letters;

	private final LetterNumbers numbers;

	private final Notifications notifications;

	private final SupervisionProperties properties;

	private final ZoneId zone;

	Letters(LetterRepository letters, LetterNumbers numbers, Notifications notifications,
			SupervisionProperties properties, WorkingDayCalendar calendar) {
		this.letters = letters;
		this.numbers = numbers;
		this.notifications = notifications;
		this.properties = properties;
		this.zone = calendar.zone();
	}

	Letter issue(LetterDraft draft) {
		Instant now = ClockUtil.getCurrentTime().toInstant();
		LocalDate today = LocalDate.ofInstant(now, this.zone);
		int year = today.getYear();
		int serial = this.numbers.next(draft.kind(), year);
		String number = this.properties.numberPrefix() + draft.kind().abbreviation() + "〔" + year + "〕第" + serial + "号";
		Letter letter = this.letters.save(new Letter(draft, number, year, serial, today, now));
		this.notifications.send(new Notice(letter.getKind().label() + " " + letter.getNumber(), summary(letter),
				"/console/letters/" + letter.getId() + ".pdf", "letter:" + letter.getId(),
				letter.getRecipientGroups()));
		return letter;
	}

	/** The letter, if the caller may read it: 404 when unknown, 403 when not theirs. */
	@Transactional(readOnly = true)
	public Letter readable(Long id, CurrentUser user) {
		Letter letter = this.letters.findById(id).orElseThrow(() -> new RecordNotFoundException("督办文书 / letter", id));
		if (!letter.readableBy(user)) {
			throw new AccessRefusedException("您无权查看文书 " + letter.getNumber() + "（只有收文单位、被巡察单位及其乡镇、业务主管部门和督办部门可以查看） / "
					+ "Letter " + id + " is not addressed to your groups");
		}
		return letter;
	}

	/** The letters about one item (or clue, recommendation), newest first. */
	@Transactional(readOnly = true)
	public List<Letter> about(SubjectType type, Long subjectId) {
		return this.letters.findBySubjectTypeAndSubjectIdOrderByIssuedAtDescIdDesc(type, subjectId);
	}

	private String summary(Letter letter) {
		DateTimeFormatter days = DateTimeFormatter.ofPattern("yyyy年M月d日");
		StringBuilder text = new StringBuilder();
		text.append(this.properties.issuerName())
			.append("就")
			.append((letter.getUnitName() != null) ? letter.getUnitName() : "")
			.append(letter.getSubjectType().label())
			.append("（编号 ")
			.append(letter.getSubjectId())
			.append("）发出")
			.append(letter.getKind().label());
		if (letter.getDeadline() != null) {
			text.append("，整改（办理）期限 ").append(days.format(letter.getDeadline()));
		}
		text.append("。");
		if (letter.getReason() != null && !letter.getReason().isBlank()) {
			text.append("事由：").append(letter.getReason());
		}
		return text.toString();
	}

	String issuerName() {
		return this.properties.issuerName();
	}

	ZoneId zone() {
		return this.zone;
	}

}
