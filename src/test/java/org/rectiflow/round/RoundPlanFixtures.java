package org.rectiflow.round;

import java.util.List;

import org.rectiflow.support.TestClock;
import org.rectiflow.support.Unique;
import org.rectiflow.unit.UnitPriority;

import org.springframework.stereotype.Component;

/**
 * Records of the round screens for tests of other packages (the access matrix): a round
 * with teams 1 and 2, units in its plan, ready to start or with a cadre on the team.
 */
@Component
public class RoundPlanFixtures {

	private final RoundPages pages;

	private final RoundFixtures fixtures;

	private final RoundUnitRepository entries;

	private final Cadres cadres;

	private final ChecklistVersions versions;

	private final ChecklistCatalogue catalogue;

	RoundPlanFixtures(RoundPages pages, RoundFixtures fixtures, RoundUnitRepository entries, Cadres cadres,
			ChecklistVersions versions, ChecklistCatalogue catalogue) {
		this.versions = versions;
		this.catalogue = catalogue;
		this.pages = pages;
		this.fixtures = fixtures;
		this.entries = entries;
		this.cadres = cadres;
	}

	/** A new open round with 第一巡察组 and 第二巡察组. */
	public long round() {
		return this.pages
			.create(new RoundPages.RoundEdit(Unique.code("安排轮次-"), 2021, 2026, TestClock.today(), null,
					List.of("inspection-team-1", "inspection-team-2")), RoundFixtures.OFFICE)
			.getId();
	}

	/** The code of a new village of 青山镇 in no round. */
	public String village() {
		return this.fixtures.village("安排村", UnitPriority.ORDINARY).getCode();
	}

	/** A new village in the round's plan, not yet started. */
	public long entry(long roundId) {
		String code = village();
		this.pages.addUnits(roundId, new RoundPages.AddUnits(null, null, List.of(code)), RoundFixtures.OFFICE);
		return this.entries.findByRoundIdOrderById(roundId)
			.stream()
			.filter((entry) -> entry.getUnitCode().equals(code))
			.findFirst()
			.orElseThrow()
			.getId();
	}

	/** A unit of the round with its team and dates, ready to start. */
	public long readyEntry(long roundId) {
		long entry = entry(roundId);
		this.pages.assign(roundId, new RoundPages.Assign(List.of(entry), "inspection-team-1",
				TestClock.today().plusDays(10), TestClock.today().plusDays(20)), RoundFixtures.OFFICE);
		return entry;
	}

	/** A new round with one unit ready to start. */
	public long readyRound() {
		long round = round();
		readyEntry(round);
		return round;
	}

	/** A new cadre who need not recuse from any unit. */
	public long cadre() {
		return this.cadres
			.create(new CadreForm(Unique.code("安排干部"), null, null, "科员", null, null), RoundFixtures.OFFICE)
			.getId();
	}

	/** A unit of the round with a cadre on its team: {entry id, cadre id}. */
	public long[] entryWithMember(long roundId) {
		long entry = entry(roundId);
		long cadre = cadre();
		this.pages.addMember(roundId, entry, cadre, TeamRole.MEMBER, RoundFixtures.OFFICE);
		return new long[] { entry, cadre };
	}

	/**
	 * A unit of the round whose inspection has started with a cadre on its team: {entry
	 * id, cadre id}.
	 */
	public long[] startedEntryWithMember(long roundId) {
		long entry = readyEntry(roundId);
		long cadre = cadre();
		this.pages.addMember(roundId, entry, cadre, TeamRole.MEMBER, RoundFixtures.OFFICE);
		this.pages.startOne(roundId, entry, RoundFixtures.OFFICE);
		return new long[] { entry, cadre };
	}

	/**
	 * An item of the open checklist draft (one is opened when there is none): {version
	 * id, item id, its text, its category or ""}, so that a request may send it back
	 * unchanged.
	 */
	public String[] draftItem() {
		ChecklistVersion draft = this.versions.all()
			.stream()
			.filter(ChecklistVersion::isDraft)
			.findFirst()
			.orElseGet(() -> this.versions.draft("访问矩阵修订", RoundFixtures.OFFICE));
		ChecklistItem item = this.catalogue.items(draft.getId()).get(0);
		return new String[] { String.valueOf(draft.getId()), String.valueOf(item.getId()), item.getText(),
				(item.getCategory() != null) ? item.getCategory().name() : "" };
	}

}
