package org.rectiflow.workbench;

import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.rectiflow.common.Labels;
import org.rectiflow.identity.CurrentUser;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The workbench's inbox ({@code /workbench}): the task lists as cards with search,
 * filters and sort, 抄送我的 and 已办 (the existing {@code /inbox/done} rows, joined here);
 * {@code /workbench/count} is the menu's badge. An htmx request for the next page gets
 * only the cards.
 */
@Controller
class WorkbenchController {

	private final TaskCards cards;

	private final CarbonCopies copies;

	private final RepositoryService repository;

	private final Labels labels;

	WorkbenchController(TaskCards cards, CarbonCopies copies, RepositoryService repository, Labels labels) {
		this.cards = cards;
		this.copies = copies;
		this.repository = repository;
		this.labels = labels;
	}

	@GetMapping("/workbench")
	String inbox(@RequestParam(name = "list", required = false) String list,
			@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "process", required = false) String process,
			@RequestParam(name = "stage", required = false) String stage,
			@RequestParam(name = "colour", required = false) String colour,
			@RequestParam(name = "sort", required = false) String sort,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		CurrentUser user = CurrentUser.get();
		WorkbenchList chosen = WorkbenchList.of(list);
		if (stage != null && !stage.isBlank() && !this.labels.all("stage").containsKey(stage.strip())) {
			throw new org.rectiflow.common.InvalidInputException("没有名为「" + stage + "」的阶段 / No stage " + stage);
		}
		InboxQuery query = new InboxQuery(chosen, text, process, stage, colour, sort, page);
		model.addAttribute("query", query);
		model.addAttribute("lists", WorkbenchList.values());
		Map<WorkbenchList, Long> counts = counts(user);
		model.addAttribute("counts", counts);
		if (chosen == WorkbenchList.CC) {
			Page<CarbonCopy> copied = this.copies.copiedTo(user, page);
			model.addAttribute("copies", copied);
		}
		else if (chosen != WorkbenchList.DONE) {
			// the list's count is the menu's, read in this request
			model.addAttribute("inbox", this.cards.page(query, user, counts.get(chosen)));
		}
		model.addAttribute("processes", processes());
		model.addAttribute("stages", this.labels.all("stage"));
		model.addAttribute("colours", this.labels.all("colour"));
		return ("true".equals(htmx) && page > 0) ? "workbench/inbox :: cards" : "workbench/inbox";
	}

	@GetMapping("/workbench/count")
	String count(Model model) {
		CurrentUser user = CurrentUser.get();
		Map<WorkbenchList, Long> counts = counts(user);
		model.addAttribute("mine", counts.get(WorkbenchList.MINE));
		model.addAttribute("group", counts.get(WorkbenchList.GROUP));
		model.addAttribute("overdue", counts.get(WorkbenchList.OVERDUE));
		model.addAttribute("todo", counts.get(WorkbenchList.MINE) + counts.get(WorkbenchList.GROUP));
		return "workbench/count :: count";
	}

	private Map<WorkbenchList, Long> counts(CurrentUser user) {
		Map<WorkbenchList, Long> counts = this.cards.counts(user);
		counts.put(WorkbenchList.CC, this.copies.count(user));
		return counts;
	}

	private Map<String, String> processes() {
		Map<String, String> names = new java.util.TreeMap<>();
		for (ProcessDefinition definition : this.repository.createProcessDefinitionQuery().latestVersion().list()) {
			names.put(definition.getKey(), TaskCards.name(definition));
		}
		return names;
	}

}
