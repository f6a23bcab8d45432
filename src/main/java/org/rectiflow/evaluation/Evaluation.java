package org.rectiflow.evaluation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
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

}
