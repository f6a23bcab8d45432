package org.rectiflow.rectification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A correction of an item's measures or responsible person by its unit before the item
 * went to review (更正整改措施): what it replaced, what it says now, who and why.
 */
@Entity
@Table(name = "rectification_plan_correction")
public class PlanCorrection {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rectification_plan_correction_seq")
	@SequenceGenerator(name = "rectification_plan_correction_seq", sequenceName = "rectification_plan_correction_seq",
			allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long itemId;

	@Column(length = 4000)
	private String oldMeasures;

	@Column(nullable = false, length = 4000)
	private String newMeasures;

	@Column(length = 50)
	private String oldPerson;

	@Column(nullable = false, length = 50)
	private String newPerson;

	@Column(length = 20)
	private String oldPhone;

	@Column(nullable = false, length = 20)
	private String newPhone;

	@Column(nullable = false, length = 500)
	private String reason;

	@Column(nullable = false, length = 64)
	private String correctedBy;

	@Column(nullable = false)
	private Instant correctedAt;

	protected PlanCorrection() {
	}

	PlanCorrection(RectificationItem before, PlanCorrections.Correction correction, String by, Instant now) {
		this.itemId = before.getId();
		this.oldMeasures = before.getMeasures();
		this.oldPerson = before.getResponsiblePerson();
		this.oldPhone = before.getResponsiblePhone();
		this.newMeasures = correction.measures().strip();
		this.newPerson = correction.responsiblePerson().strip();
		this.newPhone = correction.responsiblePhone().strip();
		this.reason = correction.reason().strip();
		this.correctedBy = by;
		this.correctedAt = now;
	}

	/** What changed, as the timeline says it. */
	String changes() {
		StringBuilder text = new StringBuilder();
		if (!this.newMeasures.equals(this.oldMeasures)) {
			text.append("整改措施：").append(orDash(this.oldMeasures)).append(" → ").append(this.newMeasures).append('\n');
		}
		if (!this.newPerson.equals(this.oldPerson) || !this.newPhone.equals(this.oldPhone)) {
			text.append("责任人：")
				.append(orDash(this.oldPerson))
				.append("（")
				.append(orDash(this.oldPhone))
				.append("） → ")
				.append(this.newPerson)
				.append("（")
				.append(this.newPhone)
				.append("）\n");
		}
		return text.append("理由：").append(this.reason).toString();
	}

	private static String orDash(String text) {
		return (text == null || text.isBlank()) ? "—" : text;
	}

	public Long getId() {
		return this.id;
	}

	public Long getItemId() {
		return this.itemId;
	}

	public String getOldMeasures() {
		return this.oldMeasures;
	}

	public String getNewMeasures() {
		return this.newMeasures;
	}

	public String getOldPerson() {
		return this.oldPerson;
	}

	public String getNewPerson() {
		return this.newPerson;
	}

	public String getOldPhone() {
		return this.oldPhone;
	}

	public String getNewPhone() {
		return this.newPhone;
	}

	public String getReason() {
		return this.reason;
	}

	public String getCorrectedBy() {
		return this.correctedBy;
	}

	public Instant getCorrectedAt() {
		return this.correctedAt;
	}

}
