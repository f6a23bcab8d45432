package org.rectiflow.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.rectiflow.identity.CurrentUser;

/**
 * A letter (督办文书) as issued: its number, kind, what and whom it concerns, the deadline it
 * names, its recipients, who issued it (a timer of the process or a person) and why.
 * Never changed once issued.
 */
@Entity
@Table(name = "supervision_letter")
public class Letter {

	/** The issuer of letters that a process timer sent. */
	public static final String TIMER = "system";

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supervision_letter_seq")
	@SequenceGenerator(name = "supervision_letter_seq", sequenceName = "supervision_letter_seq", allocationSize = 50)
	private Long id;

	@Column(name = "letter_number", nullable = false, length = 64)
	private String number;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private LetterKind kind;

	@Column(name = "letter_year", nullable = false)
	private int year;

	@Column(name = "serial_no", nullable = false)
	private int serial;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private SubjectType subjectType;

	@Column(nullable = false)
	private Long subjectId;

	/** What people read as the subject's number: an item's ledger number (台账编号). */
	@Column(nullable = false, length = 320)
	private String subjectNumber;

	@Column(length = 4000)
	private String subjectText;

	@Column(length = 100)
	private String unitName;

	@Column(length = 64)
	private String unitGroup;

	@Column(length = 64)
	private String townshipGroup;

	@Column(length = 64)
	private String departmentGroup;

	private LocalDate deadline;

	@Column(nullable = false)
	private LocalDate issuedOn;

	@Column(nullable = false)
	private Instant issuedAt;

	@Column(nullable = false, length = 500)
	private String recipientGroups;

	@Column(length = 64)
	private String issuer;

	@Column(name = "trigger_name", nullable = false, length = 16)
	private String trigger;

	@Column(length = 2000)
	private String reason;

	@Column(length = 64)
	private String processInstanceId;

	protected Letter() {
	}

	Letter(LetterDraft draft, String number, int year, int serial, LocalDate issuedOn, Instant issuedAt) {
		this.number = number;
		this.kind = draft.kind();
		this.year = year;
		this.serial = serial;
		this.subjectType = draft.subjectType();
		this.subjectId = draft.subjectId();
		this.subjectNumber = (draft.subjectNumber() != null) ? draft.subjectNumber()
				: String.valueOf(draft.subjectId());
		this.subjectText = cut(draft.subjectText(), 4000);
		this.unitName = draft.unitName();
		this.unitGroup = draft.unitGroup();
		this.townshipGroup = draft.townshipGroup();
		this.departmentGroup = draft.departmentGroup();
		this.deadline = draft.deadline();
		this.issuedOn = issuedOn;
		this.issuedAt = issuedAt;
		this.recipientGroups = String.join(",", draft.recipientGroups());
		this.issuer = draft.issuer();
		this.trigger = draft.trigger();
		this.reason = cut(draft.reason(), 2000);
		this.processInstanceId = draft.processInstanceId();
	}

	private static String cut(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

	/**
	 * Who may read the letter: its recipients, whoever may read the unit's records (the
	 * unit, its township, the supervising department) and the supervisors.
	 */
	public boolean readableBy(CurrentUser user) {
		return user.readsAll() || getRecipientGroups().stream().anyMatch(user::inGroup)
				|| user.inAnyGroup(this.unitGroup, this.townshipGroup, this.departmentGroup);
	}

	public boolean isIssuedByTimer() {
		return this.issuer == null || TIMER.equals(this.issuer);
	}

	public Long getId() {
		return this.id;
	}

	public String getNumber() {
		return this.number;
	}

	public LetterKind getKind() {
		return this.kind;
	}

	public int getYear() {
		return this.year;
	}

	public int getSerial() {
		return this.serial;
	}

	public SubjectType getSubjectType() {
		return this.subjectType;
	}

	public Long getSubjectId() {
		return this.subjectId;
	}

	public String getSubjectNumber() {
		return this.subjectNumber;
	}

	public String getSubjectText() {
		return this.subjectText;
	}

	public String getUnitName() {
		return this.unitName;
	}

	public String getUnitGroup() {
		return this.unitGroup;
	}

	public String getTownshipGroup() {
		return this.townshipGroup;
	}

	public String getDepartmentGroup() {
		return this.departmentGroup;
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public LocalDate getIssuedOn() {
		return this.issuedOn;
	}

	public Instant getIssuedAt() {
		return this.issuedAt;
	}

	public Set<String> getRecipientGroups() {
		return new LinkedHashSet<>(Arrays.asList(this.recipientGroups.split(",")));
	}

	public String getIssuer() {
		return this.issuer;
	}

	public String getTrigger() {
		return this.trigger;
	}

	public String getReason() {
		return this.reason;
	}

	public String getProcessInstanceId() {
		return this.processInstanceId;
	}

}
