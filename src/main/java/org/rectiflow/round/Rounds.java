package org.rectiflow.round;

import java.time.Instant;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.common.Pageables;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.identity.CurrentUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspection rounds: every user reads them, the inspection office creates and closes
 * them.
 */
@Service
public class Rounds {

	static final Set<String> SORTS = Set.of("id", "name", "startsOn", "state");

	private final InspectionRoundRepository rounds;

	private final ChecklistCatalogue checklist;

	Rounds(InspectionRoundRepository rounds, ChecklistCatalogue checklist) {
		this.rounds = rounds;
		this.checklist = checklist;
	}

	@Transactional(readOnly = true)
	Page<InspectionRound> list(Pageable pageable) {
		return this.rounds.findAll(Pageables.checked(pageable, SORTS));
	}

	@Transactional(readOnly = true)
	InspectionRound get(long id) {
		return this.rounds.findById(id).orElseThrow(() -> new RecordNotFoundException("巡察轮次", id));
	}

	@Transactional
	InspectionRound create(RoundForm form, CurrentUser user) {
		requireOffice(user);
		if (form.termEndYear() < form.termStartYear()) {
			throw new IllegalArgumentException("届期结束年份不能早于开始年份 / termEndYear must not be before termStartYear");
		}
		if (form.endsOn() != null && form.endsOn().isBefore(form.startsOn())) {
			throw new IllegalArgumentException("结束日期不能早于开始日期 / endsOn must not be before startsOn");
		}
		String name = form.name().strip();
		if (this.rounds.findByName(name).isPresent()) {
			throw new RuleViolationException("已有名为「" + name + "」的巡察轮次 / A round with this name exists");
		}
		InspectionRound round = new InspectionRound(name, form.termStartYear(), form.termEndYear(), form.startsOn(),
				form.endsOn(), user.userId(), Instant.now());
		round.useChecklistVersion(this.checklist.current().getId());
		return this.rounds.save(round);
	}

	/**
	 * A round by name, if there is one (no access check: everybody reads rounds).
	 * @param name the round's name
	 * @return the round
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<InspectionRound> named(String name) {
		return this.rounds.findByName(name);
	}

	/**
	 * Opens a new round, as {@code POST /api/rounds} does (for the demo scenario of other
	 * modules).
	 * @param name the name, unique
	 * @param termStartYear the term's first year
	 * @param termEndYear the term's last year
	 * @param startsOn the first day
	 * @param user the caller; must be the inspection office
	 * @return the round
	 */
	@Transactional
	public InspectionRound open(String name, int termStartYear, int termEndYear, java.time.LocalDate startsOn,
			CurrentUser user) {
		return create(new RoundForm(name, termStartYear, termEndYear, startsOn, null), user);
	}

	@Transactional
	InspectionRound close(long id, CurrentUser user) {
		requireOffice(user);
		InspectionRound round = get(id);
		round.close();
		return round;
	}

	private static void requireOffice(CurrentUser user) {
		if (!user.isInspectionOffice()) {
			throw new AccessRefusedException("只有巡察办可以管理巡察轮次 / Only the inspection office manages rounds");
		}
	}

	/**
	 * A new round.
	 *
	 * @param name e.g. 十四届县委第三轮巡察
	 * @param termStartYear the term's first year
	 * @param termEndYear the term's last year
	 * @param startsOn the first day
	 * @param endsOn the planned last day, if known
	 */
	record RoundForm(@NotBlank @Size(max = 100) String name, @NotNull @Min(2000) @Max(2100) Integer termStartYear,
			@NotNull @Min(2000) @Max(2100) Integer termEndYear, @NotNull java.time.LocalDate startsOn,
			java.time.LocalDate endsOn) {

	}

}
