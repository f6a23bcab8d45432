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

	private final InspectionRecords records;

	FindingFixtures(Findings findings) {
		this(findings, null);
	}

	@org.springframework.beans.factory.annotation.Autowired
	FindingFixtures(Findings findings, InspectionRecords records) {
		this.findings = findings;
		this.records = records;
	}

	/** A line of the inspection's on-site log (a talk today), entered by the office. */
	public long onsiteActivity(Inspection inspection) {
		return this.records
			.log(inspection.getId(), OnsiteActivityKind.TALK, org.rectiflow.support.TestClock.today(), 1, "访问矩阵谈话",
					new CurrentUser("inspection-office", Set.of("inspection-office")))
			.getId();
	}

	/** A finding entered by the inspection office. */
	public Finding finding(Inspection inspection, String text, String departmentGroupId) {
		return this.findings.create(
				new FindingForm(inspection.getId(), text, FindingCategory.COLLECTIVE_ASSETS, Set.of(11L),
						FindingSource.DOCUMENT, Severity.SERIOUS, departmentGroupId, new BigDecimal("1200.50"), null),
				new CurrentUser("inspection-office", Set.of("inspection-office")));
	}

}
