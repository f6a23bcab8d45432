package org.rectiflow.evaluation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The villagers' satisfaction evaluation (群众满意度测评) of one inspected unit's rectification,
 * opened by the inspection office when the round reaches it. It holds no villager's
 * identity.
 */
@Entity
@Table(name = "evaluation")
public class Evaluation {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evaluation_seq")
	@SequenceGenerator(name = "evaluation_seq", sequenceName = "evaluation_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, unique = true, length = 64)
	private String inspectionKey;

	@Column(length = 100)
	private String unitName;

	@Column(length = 64)
	private String villageGroup;

	@Column(length = 64)
	private String townshipGroup;

	private LocalDate closesOn;

	private Integer targetCount;

	@Column(length = 2000)
	private String notice;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private EvaluationState state;

	@Column(nullable = false)
	private Instant openedAt;

	@Column(length = 64)
	private String processInstanceId;

	@Convert(converter = QuestionnaireConverter.class)
	@Column(length = 4000)
	private Questionnaire questionnaire;

	private Instant closesAt;

	private int tokensIssued;

	@Column(length = 32, unique = true)
	private String sharedCode;

	private int maxSharedAnswers;

	/**
	 * Counted only by the conditional update of {@link AnswerStore#claimSharedAnswer}.
	 */
	@Column(updatable = false)
	private int sharedAnswers;

	private Integer answerCount;

	private Double satisfactionScore;

	@Column(length = 16)
	private String verdict;

	private Instant closedAt;

	@Column(length = 64)
	private String closedBy;

	@Version
	private long version;

	protected Evaluation() {
	}

	Evaluation(String inspectionKey, String unitName, String villageGroup, String townshipGroup, LocalDate closesOn,
			Integer targetCount, String notice, String processInstanceId, Instant openedAt) {
		this.inspectionKey = inspectionKey;
		this.unitName = unitName;
		this.villageGroup = villageGroup;
		this.townshipGroup = townshipGroup;
		this.closesOn = closesOn;
		this.targetCount = targetCount;
		this.notice = notice;
		this.processInstanceId = processInstanceId;
		this.openedAt = openedAt;
		this.state = EvaluationState.OPEN;
	}

	/**
	 * (Re)opens with the office's settings: a first opening, or an extension after too
	 * few answers. The questionnaire is kept from the first opening.
	 */
	void open(Questionnaire questionnaire, LocalDate closesOn, Instant closesAt, Integer targetCount,
			int maxSharedAnswers, String notice) {
		if (this.questionnaire == null) {
			this.questionnaire = questionnaire;
		}
		this.closesOn = closesOn;
		this.closesAt = closesAt;
		this.targetCount = targetCount;
		this.maxSharedAnswers = maxSharedAnswers;
		if (notice != null) {
			this.notice = notice;
		}
		this.state = EvaluationState.OPEN;
	}

	void enableSharedLink(String code) {
		this.sharedCode = code;
	}

	void tokensIssued(int count) {
		this.tokensIssued += count;
	}

	/** The deadline passed with too few answers: no result until extended. */
	void expire() {
		this.state = EvaluationState.EXPIRED;
	}

	void close(Aggregation result, String verdict, Instant at, String by) {
		this.state = EvaluationState.CLOSED;
		this.answerCount = result.count();
		this.satisfactionScore = result.satisfactionScore();
		this.verdict = verdict;
		this.closedAt = at;
		this.closedBy = by;
	}

	/** Whether villagers may answer now. */
	public boolean acceptsAnswers(Instant now) {
		return this.state == EvaluationState.OPEN && (this.closesAt == null || now.isBefore(this.closesAt));
	}

	public Long getId() {
		return this.id;
	}

	public String getInspectionKey() {
		return this.inspectionKey;
	}

	public String getUnitName() {
		return this.unitName;
	}

	public LocalDate getClosesOn() {
		return this.closesOn;
	}

	public Integer getTargetCount() {
		return this.targetCount;
	}

	public String getNotice() {
		return this.notice;
	}

	public EvaluationState getState() {
		return this.state;
	}

	public Instant getOpenedAt() {
		return this.openedAt;
	}

	public String getVillageGroup() {
		return this.villageGroup;
	}

	public String getTownshipGroup() {
		return this.townshipGroup;
	}

	public String getProcessInstanceId() {
		return this.processInstanceId;
	}

	public Questionnaire getQuestionnaire() {
		return this.questionnaire;
	}

	public Instant getClosesAt() {
		return this.closesAt;
	}

	public int getTokensIssued() {
		return this.tokensIssued;
	}

	public String getSharedCode() {
		return this.sharedCode;
	}

	public int getMaxSharedAnswers() {
		return this.maxSharedAnswers;
	}

	public int getSharedAnswers() {
		return this.sharedAnswers;
	}

	public Integer getAnswerCount() {
		return this.answerCount;
	}

	public Double getSatisfactionScore() {
		return this.satisfactionScore;
	}

	public String getVerdict() {
		return this.verdict;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	public String getClosedBy() {
		return this.closedBy;
	}

}
