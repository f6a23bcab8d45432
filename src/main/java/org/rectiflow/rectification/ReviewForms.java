package org.rectiflow.rectification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.InvalidInputException;

import org.springframework.stereotype.Component;

/**
 * The four review tasks of {@code rectification-item} and the variables their forms set
 * ({@code officeReviewDecision} / {@code officeReturnReason} …), turned into votes.
 */
@Component
class ReviewForms {

	private final ProcessActors actors;

	private final BusinessDate clock;

	ReviewForms(ProcessActors actors, BusinessDate clock) {
		this.actors = actors;
		this.clock = clock;
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
	List<VoteCommand> votes(DelegateExecution execution, Set<ReviewParty> recorded) {
		ProcessValues values = new ProcessValues(execution, this.clock.zone());
		List<VoteCommand> votes = new ArrayList<>();
		for (ReviewParty party : ReviewParty.values()) {
			String decision = values.string(decisionVariable(party));
			if (decision == null || decision.isBlank()) {
				continue;
			}
			String voter = recorded.contains(party) ? ProcessActors.SYSTEM
					: this.actors.lastCompleter(execution.getProcessInstanceId(), taskKey(party))
						.orElse(ProcessActors.SYSTEM);
			votes.add(new VoteCommand(party, decision(decision), values.string(reasonVariable(party)), voter));
		}
		return votes;
	}

	/**
	 * Clears the concluded round's decisions and reasons, so that the next round's forms
	 * open blank and no vote of the next round reads this round's reason.
	 */
	static void clearRound(DelegateExecution execution) {
		for (ReviewParty party : ReviewParty.values()) {
			execution.setVariable(decisionVariable(party), null);
			execution.setVariable(reasonVariable(party), null);
		}
	}

	static Optional<ReviewParty> partyOfTask(String taskKey) {
		for (ReviewParty party : ReviewParty.values()) {
			if (taskKey(party).equals(taskKey)) {
				return Optional.of(party);
			}
		}
		return Optional.empty();
	}

	static String decisionVariable(ReviewParty party) {
		return prefix(party) + "ReviewDecision";
	}

	static String reasonVariable(ReviewParty party) {
		return prefix(party) + "ReturnReason";
	}

	static String taskKey(ReviewParty party) {
		String prefix = prefix(party);
		return "Task_Review" + Character.toUpperCase(prefix.charAt(0)) + prefix.substring(1);
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

	private static String prefix(ReviewParty party) {
		return switch (party) {
			case OFFICE -> "office";
			case DISCIPLINE -> "discipline";
			case ORGANIZATION -> "organization";
			case LINE_DEPARTMENT -> "department";
		};
	}

}
