package org.rectiflow.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.Times;
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

	private final BusinessDate clock;

	private final Times times;

	Letters(LetterRepository letters, LetterNumbers numbers, Notifications notifications,
			SupervisionProperties properties, BusinessDate clock, Times times) {
		this.letters = letters;
		this.numbers = numbers;
		this.notifications = notifications;
		this.properties = properties;
		this.clock = clock;
		this.times = times;
	}

	Letter issue(LetterDraft draft) {
		Instant now = this.clock.now();
		LocalDate today = this.clock.today();
		int year = today.getYear();
		int serial = this.numbers.next(draft.kind(), year);
		String number = number(this.properties.numberPrefix() + draft.kind().abbreviation(), year, serial);
		Letter letter = this.letters.save(new Letter(draft, number, year, serial, today, now));
		this.notifications.send(new Notice(letter.getKind().label() + " " + letter.getNumber(), summary(letter),
				link(letter), "letter:" + letter.getId(), letter.getRecipientGroups()));
		return letter;
	}

	/**
	 * A letter's number as GB/T 9704 writes it: the issuer's code, the year in 〔〕, the
	 * serial without 第 or leading zeros, 号 — 示范县巡整督〔2026〕7号.
	 */
	static String number(String code, int year, int serial) {
		return code + "〔" + year + "〕" + serial + "号";
	}

	/**
	 * Where a notification of the letter leads: the item's page at the letter (its
	 * history, the letter among the item's letters); a transfer's letter opens as PDF.
	 */
	static String link(Letter letter) {
		if (letter.getSubjectType() == SubjectType.ITEM) {
			return "/console/items/" + letter.getSubjectId() + "?letter=" + letter.getId() + "#letter-"
					+ letter.getId();
		}
		return "/console/letters/" + letter.getId() + ".pdf";
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
		StringBuilder text = new StringBuilder();
		text.append(this.properties.issuerName())
			.append("就")
			.append((letter.getUnitName() != null) ? letter.getUnitName() : "")
			.append(letter.getSubjectType().label())
			.append("（编号 ")
			.append(letter.getSubjectNumber())
			.append("）发出")
			.append(letter.getKind().label());
		if (letter.getDeadline() != null) {
			text.append("，整改（办理）期限 ").append(this.times.chinese(letter.getDeadline()));
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

}
