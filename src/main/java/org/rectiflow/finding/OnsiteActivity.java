package org.rectiflow.finding;

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
import org.rectiflow.round.Inspection;
import org.rectiflow.round.InspectionRecord;

/**
 * One line of an inspection's on-site log (进驻工作日志): talks held, homes visited, documents
 * reviewed or villagers' reports received on a day, with a note. The report's figures are
 * the sums of these lines, never typed.
 */
@Entity
@Table(name = "onsite_activity")
public class OnsiteActivity extends InspectionRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "onsite_activity_seq")
	@SequenceGenerator(name = "onsite_activity_seq", sequenceName = "onsite_activity_seq", allocationSize = 50)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private OnsiteActivityKind kind;

	@Column(nullable = false)
	private LocalDate heldOn;

	@Column(nullable = false)
	private int quantity;

	@Column(length = 1000)
	private String note;

	@Column(nullable = false, length = 64)
	private String createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	protected OnsiteActivity() {
	}

	OnsiteActivity(Inspection inspection, OnsiteActivityKind kind, LocalDate heldOn, int quantity, String note,
			String createdBy, Instant createdAt) {
		super(inspection);
		this.kind = kind;
		this.heldOn = heldOn;
		this.quantity = quantity;
		this.note = note;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public OnsiteActivityKind getKind() {
		return this.kind;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public int getQuantity() {
		return this.quantity;
	}

	public String getNote() {
		return this.note;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	@Override
	public String toString() {
		return "OnsiteActivity[" + this.id + " inspection " + getInspectionId() + " " + this.kind + "]";
	}

}
