package org.rectiflow.rectification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.ProcessBean;

import org.springframework.stereotype.Component;

/**
 * {@code rectification-item} › 巡察办审核 / 纪委监委审核 / 组织部审核 / 业务主管部门审核, on complete: records
 * the party's vote at once, with who voted and the reason. (Without this listener the
 * votes are still recorded from the same variables when the round is concluded, by
 * {@code returnCounter} or {@code rectificationItemSignOff}.)
 */
@ProcessBean
@Component("reviewVoteRecorder")
class ReviewVoteRecorder implements TaskListener {

	private final RectificationLedger ledger;

	private final ProcessActors actors;

	private final BusinessDate clock;

	ReviewVoteRecorder(RectificationLedger ledger, ProcessActors actors, BusinessDate clock) {
		this.ledger = ledger;
		this.actors = actors;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		ReviewParty party = ReviewForms.partyOfTask(task.getTaskDefinitionKey())
			.orElseThrow(() -> new IllegalStateException("任务 " + task.getTaskDefinitionKey()
					+ " 不是四方会审任务 / Not a review task: " + task.getTaskDefinitionKey()));
		ProcessValues values = new ProcessValues(task, this.clock.zone());
		String decision = values.requiredString(ReviewForms.decisionVariable(party));
		this.ledger.recordVote(ItemKeys.itemId(task.getExecution()),
				new VoteCommand(party, ReviewForms.decision(decision), values.string(ReviewForms.reasonVariable(party)),
						this.actors.completing(task.getAssignee())));
	}

}
