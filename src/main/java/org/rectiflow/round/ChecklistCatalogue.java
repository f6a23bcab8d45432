package org.rectiflow.round;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rectiflow.unit.UnitCategory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervision checklist (监督清单): common items for every unit, and items for units of a
 * category. Read-only reference data.
 */
@Service
@Transactional(readOnly = true)
public class ChecklistCatalogue {

	private final ChecklistItemRepository items;

	ChecklistCatalogue(ChecklistItemRepository items) {
		this.items = items;
	}

	/** Every item, by area and order. */
	public List<ChecklistItem> all() {
		return this.items.findAllInOrder();
	}

	/**
	 * The default selection for a unit: every common item and every item of one of the
	 * unit's categories.
	 * @param categories the unit's categories
	 * @return the item ids
	 */
	public Set<Long> defaultSelection(Set<UnitCategory> categories) {
		return all().stream()
			.filter((item) -> item.isCommon() || categories.contains(item.getCategory()))
			.map(ChecklistItem::getId)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/**
	 * The items with these ids, in catalogue order.
	 * @param ids the ids
	 * @return the items
	 * @throws IllegalArgumentException (400) naming every unknown id
	 */
	public List<ChecklistItem> require(Collection<Long> ids) {
		Map<Long, ChecklistItem> found = this.items.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(ChecklistItem::getId, Function.identity()));
		Set<Long> unknown = ids.stream()
			.filter((id) -> !found.containsKey(id))
			.collect(Collectors.toCollection(TreeSet::new));
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException(
					"监督清单中没有这些条目 / No such checklist items: " + unknown.stream().map(String::valueOf).toList());
		}
		return all().stream().filter((item) -> found.containsKey(item.getId())).toList();
	}

	/**
	 * Items by their codes ({@code A03-02}), for imports.
	 * @return the items found, by code
	 */
	public Map<String, ChecklistItem> byCode() {
		return all().stream().collect(Collectors.toMap(ChecklistItem::getCode, Function.identity()));
	}

}
