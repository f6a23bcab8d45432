package org.rectiflow.rectification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Why the inspection office returned a plan, by whom and when. */
@Entity
@Table(name = "rectification_plan_return")
public class PlanReturn {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rectification_plan_return_seq")
	@SequenceGenerator(name = "rectification_plan_return_seq", sequenceName = "rectification_plan_return_seq",
			allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long planId;

	@Column(nullable = false, length = 1000)
	private String reason;

	@Column(nullable = false, length = 64)
	private String returnedBy;

	@Column(nullable = false)
	private Instant returnedAt;

	protected PlanReturn() {
	}

	PlanReturn(Long planId, String reason, String returnedBy, Instant returnedAt) {
		this.planId = planId;
		this.reason = reason;
		this.returnedBy = returnedBy;
		this.returnedAt = returnedAt;
	}

	public Long getId() {
		return this.id;
	}

	public Long getPlanId() {
		return this.planId;
	}

	public String getReason() {
		return this.reason;
	}

	public String getReturnedBy() {
		return this.returnedBy;
	}

	public Instant getReturnedAt() {
		return this.returnedAt;
	}

}
