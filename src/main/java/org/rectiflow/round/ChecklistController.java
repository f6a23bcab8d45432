package org.rectiflow.round;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.round.RoundViews.ChecklistAreaView;
import org.rectiflow.round.RoundViews.ChecklistItemView;
import org.rectiflow.unit.UnitCategory;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/checklist")
@Tag(name = "监督清单 / Supervision checklist")
class ChecklistController {

	private final ChecklistCatalogue catalogue;

	private final ChecklistVersions versions;

	ChecklistController(ChecklistCatalogue catalogue, ChecklistVersions versions) {
		this.catalogue = catalogue;
		this.versions = versions;
	}

	@GetMapping
	@Operation(summary = "The checklist catalogue by area",
			description = "With category: the common items and those for that category only. Without version: the "
					+ "current (latest published) version.")
	List<ChecklistAreaView> catalogue(@RequestParam(required = false) UnitCategory category,
			@RequestParam(required = false) Long version) {
		if (version != null) {
			this.versions.get(version);
		}
		Map<String, ChecklistAreaView> areas = new LinkedHashMap<>();
		for (ChecklistItem item : this.catalogue.items(version)) {
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

	@GetMapping("/versions")
	@Operation(summary = "The checklist's versions, latest first")
	List<VersionView> versions() {
		return this.versions.all().stream().map(this::view).toList();
	}

	@PostMapping("/versions/{id}/items")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add an item to an area of a draft; 409 for a published version, 400 without a text")
	ChecklistItemView addItem(@PathVariable long id, @RequestBody ItemForm form) {
		if (form.areaId() == null) {
			throw new org.rectiflow.common.InvalidInputException("请选择领域 / areaId is required");
		}
		return ChecklistItemView
			.of(this.versions.addItem(id, form.areaId(), form.text(), form.category(), CurrentUser.get()));
	}

	@PostMapping("/versions/{id}/publish")
	@Operation(summary = "Publish a draft: current for rounds started from now on, immutable")
	VersionView publish(@PathVariable long id) {
		return view(this.versions.publish(id, CurrentUser.get()));
	}

	private VersionView view(ChecklistVersion version) {
		return new VersionView(version.getId(), version.getNumber(), version.getName(), version.getState(),
				version.getState().label(), version.getNote(), this.versions.itemCount(version.getId()),
				version.getCreatedBy(), version.getCreatedAt(), version.getPublishedBy(), version.getPublishedAt());
	}

	/**
	 * An item of a draft.
	 *
	 * @param areaId the area (when adding)
	 * @param text the text
	 * @param category the unit category it is for, or null for a common item
	 */
	record ItemForm(Long areaId, String text, UnitCategory category) {

	}

	/**
	 * A checklist version.
	 *
	 * @param id the id
	 * @param number 1, 2, …
	 * @param name the name
	 * @param state draft or published
	 * @param stateLabel 草稿 / 已发布
	 * @param note a note
	 * @param items how many items it has
	 * @param createdBy who started it
	 * @param createdAt when
	 * @param publishedBy who published it
	 * @param publishedAt when
	 */
	record VersionView(Long id, int number, String name, ChecklistVersionState state, String stateLabel, String note,
			long items, String createdBy, Instant createdAt, String publishedBy, Instant publishedAt) {

	}

}
