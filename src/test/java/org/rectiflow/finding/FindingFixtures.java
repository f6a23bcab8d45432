package org.rectiflow.finding;

import java.math.BigDecimal;
import java.util.Set;

import org.rectiflow.identity.CurrentUser;
import org.rectiflow.round.Inspection;

import org.springframework.stereotype.Component;

/** Findings for tests of other modules. */
@Component
public class FindingFixtures {

	private final Findings findings;

	FindingFixtures(Findings findings) {
		this.findings = findings;
	}

	/** A finding entered by the inspection office. */
	public Finding finding(Inspection inspection, String text, String departmentGroupId) {
		return this.findings.create(
				new FindingForm(inspection.getId(), text, FindingCategory.COLLECTIVE_ASSETS, Set.of(11L),
						FindingSource.DOCUMENT, Severity.SERIOUS, departmentGroupId, new BigDecimal("1200.50"), null),
				new CurrentUser("inspection-office", Set.of("inspection-office")));
	}

}
