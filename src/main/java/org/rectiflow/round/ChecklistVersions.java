package org.rectiflow.round;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.InvalidInputException;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.identity.CurrentUser;
import org.rectiflow.unit.UnitCategory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspection office keeps the checklist in versions: a new draft copies the current
 * version; the draft's areas and items change; publishing makes it current and immutable.
 * One draft at a time. Every refusal is in Chinese and changes nothing.
 */
@Service
public class ChecklistVersions {

	static final int MAX_TEXT = 500;

	private final ChecklistVersionRepository versions;

	private final ChecklistAreaRepository areas;

	private final ChecklistItemRepository items;

	private final ChecklistCatalogue catalogue;

	private final BusinessDate dates;

	ChecklistVersions(ChecklistVersionRepository versions, ChecklistAreaRepository areas, ChecklistItemRepository items,
			ChecklistCatalogue catalogue, BusinessDate dates) {
		this.versions = versions;
		this.areas = areas;
		this.items = items;
		this.catalogue = catalogue;
		this.dates = dates;
	}

	@Transactional(readOnly = true)
	public List<ChecklistVersion> all() {
		return this.versions.findAllByOrderByNumberDesc();
	}

	@Transactional(readOnly = true)
	public ChecklistVersion get(long id) {
		return this.versions.findById(id).orElseThrow(() -> new RecordNotFoundException("监督清单版本", id));
	}

	@Transactional(readOnly = true)
	public List<ChecklistArea> areas(long versionId) {
		return this.areas.findByVersionIdOrderBySortOrder(versionId);
	}

	@Transactional(readOnly = true)
	public long itemCount(long versionId) {
		return this.items.countByVersionId(versionId);
	}

	/**
	 * Starts a draft as a copy of the current version.
	 * @throws RuleViolationException (409) while another draft exists
	 */
	@Transactional
	public ChecklistVersion draft(String name, CurrentUser user) {
		requireOffice(user);
		this.versions.findAllByOrderByNumberDesc()
			.stream()
			.filter(ChecklistVersion::isDraft)
			.findFirst()
			.ifPresent((d) -> {
				throw new RuleViolationException("已有草稿「第 " + d.getNumber() + " 版」，请先发布或继续编辑该草稿 / A draft (version "
						+ d.getNumber() + ") exists already");
			});
		ChecklistVersion current = this.catalogue.current();
		int number = this.versions.maxNumber() + 1;
		String title = (name != null && !name.isBlank()) ? name.strip() : current.getName();
		if (title.length() > 100) {
			throw new InvalidInputException("版本名称最长 100 字 / The name may have at most 100 characters");
		}
		ChecklistVersion draft = this.versions.saveAndFlush(new ChecklistVersion(number, title,
				"据第 " + current.getNumber() + " 版修订", user.userId(), this.dates.now()));
		Map<Long, ChecklistArea> copies = new HashMap<>();
		for (ChecklistArea area : this.areas.findByVersionIdOrderBySortOrder(current.getId())) {
			copies.put(area.getId(), this.areas
				.save(new ChecklistArea(draft.getId(), area.getCode(), area.getName(), area.getSortOrder())));
		}
		for (ChecklistItem item : this.catalogue.items(current.getId())) {
			this.items.save(new ChecklistItem(copies.get(item.getArea().getId()), item.getCode(), item.getText(),
					item.getCategory(), item.getSortOrder()));
		}
		return draft;
	}

	/**
	 * Adds an item to an area of a draft; its code follows the area's last one.
	 * @throws RuleViolationException (409) for a published version
	 * @throws InvalidInputException (400) for an empty text
	 */
	@Transactional
	public ChecklistItem addItem(long versionId, long areaId, String text, UnitCategory category, CurrentUser user) {
		requireOffice(user);
		ChecklistVersion version = get(versionId);
		version.requireDraft();
		ChecklistArea area = this.areas.findById(areaId)
			.filter((found) -> found.getVersionId().equals(versionId))
			.orElseThrow(() -> new RecordNotFoundException("监督清单领域", areaId));
		String checked = text(text);
		List<ChecklistItem> inArea = this.catalogue.items(versionId)
			.stream()
			.filter((item) -> item.getArea().getId().equals(areaId))
			.toList();
		int next = inArea.stream().mapToInt(ChecklistItem::getSortOrder).max().orElse(0) + 1;
		String code = area.getCode() + "-" + String.format("%02d", next);
		while (codeTaken(inArea, code)) {
			next++;
			code = area.getCode() + "-" + String.format("%02d", next);
		}
		return this.items.save(new ChecklistItem(area, code, checked, category, next));
	}

	/**
	 * Adds an area at the end of a draft.
	 * @throws RuleViolationException (409) for a published version
	 */
	@Transactional
	public ChecklistArea addArea(long versionId, String name, CurrentUser user) {
		requireOffice(user);
		get(versionId).requireDraft();
		String checked = (name != null) ? name.strip() : "";
		if (checked.isEmpty()) {
			throw new InvalidInputException("请填写领域名称 / The area needs a name");
		}
		if (checked.length() > 100) {
			throw new InvalidInputException("领域名称最长 100 字 / The name may have at most 100 characters");
		}
		List<ChecklistArea> existing = this.areas.findByVersionIdOrderBySortOrder(versionId);
		if (existing.stream().anyMatch((area) -> area.getName().equals(checked))) {
			throw new RuleViolationException("本版本已有领域「" + checked + "」 / The area exists");
		}
		int next = existing.stream().mapToInt(ChecklistArea::getSortOrder).max().orElse(0) + 1;
		return this.areas.save(new ChecklistArea(versionId, String.format("A%02d", next), checked, next));
	}

	/**
	 * Changes an item of a draft.
	 * @throws RuleViolationException (409) for a published version
	 */
	@Transactional
	public ChecklistItem changeItem(long versionId, long itemId, String text, UnitCategory category, CurrentUser user) {
		requireOffice(user);
		get(versionId).requireDraft();
		ChecklistItem item = item(versionId, itemId);
		item.change(text(text), category);
		return item;
	}

	/**
	 * Removes an item from a draft.
	 * @throws RuleViolationException (409) for a published version
	 */
	@Transactional
	public void removeItem(long versionId, long itemId, CurrentUser user) {
		requireOffice(user);
		get(versionId).requireDraft();
		this.items.delete(item(versionId, itemId));
	}

	/**
	 * Publishes a draft: it becomes current for rounds started from now on, and never
	 * changes again.
	 * @throws RuleViolationException (409) for a published or empty version
	 */
	@Transactional
	public ChecklistVersion publish(long versionId, CurrentUser user) {
		requireOffice(user);
		ChecklistVersion version = get(versionId);
		version.requireDraft();
		if (this.items.countByVersionId(versionId) == 0) {
			throw new RuleViolationException("草稿中没有条目，不能发布 / An empty draft cannot be published");
		}
		version.publish(user.userId(), this.dates.now());
		return version;
	}

	private ChecklistItem item(long versionId, long itemId) {
		return this.items.findById(itemId)
			.filter((found) -> found.getVersionId().equals(versionId))
			.orElseThrow(() -> new RecordNotFoundException("监督清单条目", itemId));
	}

	private static boolean codeTaken(List<ChecklistItem> items, String code) {
		return items.stream().anyMatch((item) -> item.getCode().equals(code));
	}

	private static String text(String text) {
		String checked = (text != null) ? text.strip() : "";
		if (checked.isEmpty()) {
			throw new InvalidInputException("请填写条目内容 / The item needs a text");
		}
		if (checked.length() > MAX_TEXT) {
			throw new InvalidInputException(
					"条目内容最长 " + MAX_TEXT + " 字 / The text may have at most " + MAX_TEXT + " characters");
		}
		return checked;
	}

	private static void requireOffice(CurrentUser user) {
		if (!user.isInspectionOffice()) {
			throw new AccessRefusedException("只有巡察办可以维护监督清单 / Only the inspection office keeps the checklist");
		}
	}

}
