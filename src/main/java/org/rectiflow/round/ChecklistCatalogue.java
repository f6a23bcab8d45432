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
 * category, in versions. The latest published version is current; a round keeps the
 * version current when it started, and an inspection reads its round's version (see
 * {@link ChecklistVersions} for drafts and publishing).
 */
@Service
@Transactional(readOnly = true)
public class ChecklistCatalogue {

	private final ChecklistItemRepository items;

	private final ChecklistVersionRepository versions;

	ChecklistCatalogue(ChecklistItemRepository items, ChecklistVersionRepository versions) {
		this.items = items;
		this.versions = versions;
	}

	/** The latest published version. */
	public ChecklistVersion current() {
		return this.versions.findFirstByStateOrderByNumberDesc(ChecklistVersionState.PUBLISHED)
			.orElseThrow(() -> new IllegalStateException("没有已发布的监督清单 / No published checklist version"));
	}

	/** Every item of the current version, by area and order. */
	public List<ChecklistItem> all() {
		return items(current().getId());
	}

	/**
	 * Every item of a version, by area and order.
	 * @param versionId the version, or null for the current one
	 * @return the items
	 */
	public List<ChecklistItem> items(Long versionId) {
		return this.items.findByVersionInOrder((versionId != null) ? versionId : current().getId());
	}

	/**
	 * The default selection for a unit from the current version: every common item and
	 * every item of one of the unit's categories.
	 * @param categories the unit's categories
	 * @return the item ids
	 */
	public Set<Long> defaultSelection(Set<UnitCategory> categories) {
		return defaultSelection(null, categories);
	}

	/**
	 * The default selection for a unit from a version.
	 * @param versionId the version, or null for the current one
	 * @param categories the unit's categories
	 * @return the item ids
	 */
	public Set<Long> defaultSelection(Long versionId, Set<UnitCategory> categories) {
		return items(versionId).stream()
			.filter((item) -> item.isCommon() || categories.contains(item.getCategory()))
			.map(ChecklistItem::getId)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/**
	 * The items with these ids, of any version, in catalogue order.
	 * @param ids the ids
	 * @return the items
	 * @throws IllegalArgumentException (400) naming every unknown id
	 */
	public List<ChecklistItem> require(Collection<Long> ids) {
		return require(null, ids, false);
	}

	/**
	 * The items with these ids, all of one version, in catalogue order.
	 * @param versionId the version they must belong to (null: any)
	 * @param ids the ids
	 * @return the items
	 * @throws IllegalArgumentException (400) naming every unknown id or item of another
	 * version
	 */
	public List<ChecklistItem> require(Long versionId, Collection<Long> ids) {
		return require(versionId, ids, versionId != null);
	}

	private List<ChecklistItem> require(Long versionId, Collection<Long> ids, boolean sameVersion) {
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
		if (sameVersion) {
			Set<Long> other = found.values()
				.stream()
				.filter((item) -> !item.getVersionId().equals(versionId))
				.map(ChecklistItem::getId)
				.collect(Collectors.toCollection(TreeSet::new));
			if (!other.isEmpty()) {
				throw new IllegalArgumentException(
						"这些条目不属于本次巡察使用的监督清单版本 / These items belong to another checklist version: "
								+ other.stream().map(String::valueOf).toList());
			}
		}
		return found.values()
			.stream()
			.sorted(java.util.Comparator.comparing((ChecklistItem item) -> item.getVersionId())
				.thenComparing((item) -> item.getArea().getSortOrder())
				.thenComparing(ChecklistItem::getSortOrder))
			.toList();
	}

	/**
	 * Items of the current version by their codes ({@code A03-02}), for imports.
	 * @return the items found, by code
	 */
	public Map<String, ChecklistItem> byCode() {
		return byCode(null);
	}

	/**
	 * Items of a version by their codes.
	 * @param versionId the version, or null for the current one
	 * @return the items, by code
	 */
	public Map<String, ChecklistItem> byCode(Long versionId) {
		return items(versionId).stream().collect(Collectors.toMap(ChecklistItem::getCode, Function.identity()));
	}

}
