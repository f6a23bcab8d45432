package org.rectiflow.rectification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.InvalidInputException;

import org.springframework.stereotype.Component;

/**
 * The review tasks of {@code rectification-item} and the variables their forms set
 * ({@code officeReviewDecision} / {@code officeReturnReason} …), turned into votes.
 */
@Component
class ReviewForms {

	private final ProcessActors actors;

	private final BusinessDate clock;

	private final ReviewParties parties;

	ReviewForms(ProcessActors actors, BusinessDate clock, ReviewParties parties) {
		this.actors = actors;
		this.clock = clock;
		this.parties = parties;
	}

	/** The votes the process holds for the current round; the voter from task history. */
	List<VoteCommand> votes(DelegateExecution execution) {
		return votes(execution, Set.of());
	}

	/**
	 * As {@link #votes(DelegateExecution)}; the voters of the parties already recorded
	 * (their task listeners recorded who voted) are not looked up again in the task
	 * history.
	 */
	List<VoteCommand> votes(DelegateExecution execution, Set<String> recorded) {
		ProcessValues values = new ProcessValues(execution, this.clock.zone());
		List<VoteCommand> votes = new ArrayList<>();
		for (ReviewParty party : this.parties.of(execution)) {
			String decision = values.string(party.decisionVariable());
			if (decision == null || decision.isBlank()) {
				continue;
			}
			String voter = recorded.contains(party.id()) ? ProcessActors.SYSTEM
					: this.actors.lastCompleter(execution.getProcessInstanceId(), party.taskKey())
						.orElse(ProcessActors.SYSTEM);
			votes.add(new VoteCommand(party.id(), decision(decision), values.string(party.reasonVariable()), voter));
		}
		return votes;
	}

	/** The ids of the parties of this instance's rounds. */
	Set<String> roundOf(DelegateExecution execution) {
		return ReviewParties.ids(this.parties.of(execution));
	}

	/**
	 * Clears the concluded round's decisions and reasons, so that the next round's forms
	 * open blank and no vote of the next round reads this round's reason.
	 */
	void clearRound(DelegateExecution execution) {
		for (ReviewParty party : this.parties.of(execution)) {
			execution.setVariable(party.decisionVariable(), null);
			execution.setVariable(party.reasonVariable(), null);
		}
	}

	static ReviewDecision decision(String value) {
		try {
			return ReviewDecision.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(
					"会审意见应为 APPROVE 或 RETURN，收到「" + value + "」 / A review decision is APPROVE or RETURN");
		}
	}

}
