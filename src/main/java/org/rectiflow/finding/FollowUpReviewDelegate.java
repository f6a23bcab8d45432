package org.rectiflow.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rectiflow.common.InvalidInputException;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.BusinessKeys;
import org.rectiflow.round.Inspection;
import org.rectiflow.round.Inspections;
import org.rectiflow.common.ProcessBean;

import org.springframework.stereotype.Component;

/**
 * Bean {@code followUpReviewDelegate} (docs/process-variables.md §4): registers each
 * rebounded problem of {@code reboundProblems} as a new finding of the inspection (source
 * 回头看, registered at once) and sets {@code newFindingIds}. Idempotent: each problem is
 * created once per follow-up process and position, so a retried job finds the findings it
 * created before.
 */
@ProcessBean
@Component("followUpReviewDelegate")
class FollowUpReviewDelegate implements JavaDelegate {

	private final FindingRepository findings;

	private final Inspections inspections;

	private final FindingRules rules;

	private final BusinessDate dates;

	private final ObjectMapper json;

	FollowUpReviewDelegate(FindingRepository findings, Inspections inspections, FindingRules rules, BusinessDate dates,
			ObjectMapper json) {
		this.findings = findings;
		this.inspections = inspections;
		this.rules = rules;
		this.dates = dates;
		this.json = json;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Inspection inspection = this.inspections.get(BusinessKeys.toId(execution.getProcessBusinessKey()));
		JsonNode problems = problems(execution.getVariable("reboundProblems"));
		List<String> ids = new ArrayList<>();
		for (int index = 0; index < problems.size(); index++) {
			String origin = "follow-up:" + execution.getProcessInstanceId() + ":" + index;
			Finding finding = this.findings.findByOriginKey(origin).orElse(null);
			if (finding == null) {
				finding = this.findings
					.saveAndFlush(new Finding(inspection, this.findings.maxSeqNo(inspection.getId()) + 1,
							content(problems.get(index), index), origin, "follow-up-review", this.dates.now()));
				finding.registered(this.dates.today());
			}
			ids.add(String.valueOf(finding.getId()));
		}
		execution.setVariable("newFindingIds", FindingRegistrar.ids(ids));
	}

	private JsonNode problems(Object value) {
		if (value == null) {
			return this.json.createArrayNode();
		}
		try {
			JsonNode node = (value instanceof String text) ? this.json.readTree(text)
					: this.json
						.readTree((value instanceof java.util.Collection<?> || value instanceof java.util.Map<?, ?>)
								? this.json.writeValueAsString(value) : value.toString());
			if (!node.isArray()) {
				throw new InvalidInputException("反弹问题清单应为 JSON 数组 / reboundProblems must be a JSON array");
			}
			return node;
		}
		catch (JsonProcessingException ex) {
			throw new InvalidInputException(
					"反弹问题清单不是有效的 JSON / reboundProblems is not JSON: " + ex.getOriginalMessage());
		}
	}

	private FindingContent content(JsonNode problem, int index) {
		String text = problem.path("problemText").asText("").strip();
		FindingCategory category = FindingCategory.parse(problem.path("category").asText(""));
		String department = problem.path("supervisingDeptGroup").asText("");
		String where = "reboundProblems[" + index + "]";
		if (text.isEmpty() || text.length() > 2000) {
			throw new InvalidInputException(
					where + " 问题描述应为 1 到 2000 字 / " + where + ".problemText must be 1 to 2000 characters");
		}
		if (category == null) {
			throw new InvalidInputException(
					where + " 问题类别无效 / " + where + ".category is unknown: " + problem.path("category").asText());
		}
		if (!this.rules.isDepartment(department)) {
			throw new InvalidInputException(where + " 监管部门不是职能部门 / " + where
					+ ".supervisingDeptGroup is no functional department: " + department);
		}
		return new FindingContent(text, category, Set.of(), FindingSource.FOLLOW_UP, Severity.GENERAL, department,
				null);
	}

}
