package org.rectiflow.round;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rectiflow.round.RoundViews.ChecklistAreaView;
import org.rectiflow.round.RoundViews.ChecklistItemView;
import org.rectiflow.unit.UnitCategory;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/checklist")
@Tag(name = "监督清单 / Supervision checklist")
class ChecklistController {

	private final ChecklistCatalogue catalogue;

	ChecklistController(ChecklistCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	@Operation(summary = "The checklist catalogue by area",
			description = "With category: the common items and those for that category only.")
	List<ChecklistAreaView> catalogue(@RequestParam(required = false) UnitCategory category) {
		Map<String, ChecklistAreaView> areas = new LinkedHashMap<>();
		for (ChecklistItem item : this.catalogue.all()) {
			if (category != null && !item.isCommon() && item.getCategory() != category) {
				continue;
			}
			areas
				.computeIfAbsent(item.getArea().getCode(),
						(code) -> new ChecklistAreaView(code, item.getArea().getName(), new ArrayList<>()))
				.items()
				.add(ChecklistItemView.of(item));
		}
		return List.copyOf(areas.values());
	}

}
