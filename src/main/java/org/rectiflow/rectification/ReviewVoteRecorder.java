package org.rectiflow.rectification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.ProcessBean;

import org.springframework.stereotype.Component;

/**
 * {@code rectification-item} › each party's review task (巡察办审核 …, {@link ReviewParties}),
 * on complete: records the party's vote at once, with who voted and the reason. (Without
 * this listener the votes are still recorded from the same variables when the round is
 * concluded, by {@code returnCounter} or {@code rectificationItemSignOff}.)
 */
@ProcessBean
@Component("reviewVoteRecorder")
class ReviewVoteRecorder implements TaskListener {

	private final RectificationLedger ledger;

	private final ProcessActors actors;

	private final BusinessDate clock;

	private final ReviewParties parties;

	ReviewVoteRecorder(RectificationLedger ledger, ProcessActors actors, BusinessDate clock, ReviewParties parties) {
		this.ledger = ledger;
		this.actors = actors;
		this.clock = clock;
		this.parties = parties;
	}

	@Override
	public void notify(DelegateTask task) {
		ReviewParty party = this.parties.ofTask(task.getTaskDefinitionKey())
			.orElseThrow(() -> new IllegalStateException("任务 " + task.getTaskDefinitionKey()
					+ " 不是 rectiflow.review.parties 中任何一方的会审任务 / Not the review task of a party in rectiflow.review.parties: "
					+ task.getTaskDefinitionKey()));
		ProcessValues values = new ProcessValues(task, this.clock.zone());
		String decision = values.requiredString(party.decisionVariable());
		this.ledger.recordVote(ItemKeys.itemId(task.getExecution()),
				new VoteCommand(party.id(), ReviewForms.decision(decision), values.string(party.reasonVariable()),
						this.actors.completing(task.getAssignee())));
	}

}
