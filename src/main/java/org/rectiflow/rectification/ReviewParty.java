package org.rectiflow.rectification;

import java.util.Locale;

import org.rectiflow.common.Labelled;

/**
 * One party of the review (四方会审) as the settings name it
 * ({@code rectiflow.review.parties}): its id names its task ({@code Task_Review<Id>}),
 * its form ({@code form-review-<id>}) and the variables the form sets
 * ({@code <id>ReviewDecision}, {@code <id>ReturnReason}); the votes keep the id.
 *
 * @param id lower-case letters and digits, e.g. {@code office}
 * @param name the Chinese name pages, letters and the timeline show, e.g. 巡察办
 * @param group the candidate group of its task in the model: a group id or an expression
 * such as {@code ${supervisingDeptGroup}}
 * @param order where it stands among the parties (votes, approval form)
 */
public record ReviewParty(String id, String name, String group, int order) implements Labelled {

	public ReviewParty {
		if (id == null || !id.matches("[a-z][a-z0-9]{0,23}")) {
			throw new IllegalArgumentException("rectiflow.review.parties: id 应为小写字母和数字 / id must be lower-case letters"
					+ " and digits, at most 24: " + id);
		}
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("rectiflow.review.parties: " + id + " 缺少名称 / has no name");
		}
	}

	@Override
	public String label() {
		return this.name;
	}

	/** The id of its user task in {@code rectification-item}, e.g. Task_ReviewOffice. */
	public String taskKey() {
		return "Task_Review" + this.id.substring(0, 1).toUpperCase(Locale.ROOT) + this.id.substring(1);
	}

	/** The variable its form sets: APPROVE or RETURN. */
	public String decisionVariable() {
		return this.id + "ReviewDecision";
	}

	/** The variable its form sets when it returns the item. */
	public String reasonVariable() {
		return this.id + "ReturnReason";
	}

	/** The id of its Camunda Form. */
	public String form() {
		return "form-review-" + this.id;
	}

}
