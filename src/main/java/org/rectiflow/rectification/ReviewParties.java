package org.rectiflow.rectification;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;

import org.rectiflow.common.ProcessBean;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The parties of the review, from the settings ({@code rectiflow.review.parties}) and the
 * model: a round asks the parties whose review task the instance's model has. The model's
 * gateway 四方一致同意？ asks {@code ${reviewParties.allApproved(execution)}} and
 * {@code ${reviewParties.anyReturned(execution)}}.
 */
@ProcessBean
@Component("reviewParties")
@EnableConfigurationProperties(ReviewSettings.class)
public class ReviewParties {

	private final List<ReviewParty> parties;

	private final Map<String, ReviewParty> byId = new LinkedHashMap<>();

	ReviewParties(ReviewSettings settings) {
		this.parties = settings.parties()
			.stream()
			.sorted(Comparator.comparingInt(ReviewParty::order).thenComparing(ReviewParty::id))
			.toList();
		for (ReviewParty party : this.parties) {
			if (this.byId.put(party.id(), party) != null) {
				throw new IllegalStateException(
						"rectiflow.review.parties: 会审方 " + party.id() + " 重复 / party " + party.id() + " twice");
			}
		}
		if (this.parties.isEmpty()) {
			throw new IllegalStateException("rectiflow.review.parties 为空 / no review party is set");
		}
	}

	/** All parties the settings name, in their order. */
	public List<ReviewParty> all() {
		return this.parties;
	}

	/** The party of this id. */
	public Optional<ReviewParty> byId(String id) {
		return Optional.ofNullable(this.byId.get(id));
	}

	/** The party's name; the id itself for a party no longer in the settings. */
	public String name(String id) {
		ReviewParty party = this.byId.get(id);
		return (party != null) ? party.name() : id;
	}

	/** The party whose review task this is. */
	public Optional<ReviewParty> ofTask(String taskKey) {
		return this.parties.stream().filter((party) -> party.taskKey().equals(taskKey)).findFirst();
	}

	/** Whether this task is a review task of a party. */
	public boolean isReviewTask(String taskKey) {
		return ofTask(taskKey).isPresent();
	}

	/** The parties whose review task this model has: the parties of its rounds. */
	public List<ReviewParty> of(BpmnModelInstance model) {
		if (model == null) {
			return this.parties;
		}
		Set<String> tasks = model.getModelElementsByType(UserTask.class)
			.stream()
			.map(UserTask::getId)
			.collect(Collectors.toSet());
		return this.parties.stream().filter((party) -> tasks.contains(party.taskKey())).toList();
	}

	/** The parties of this instance's rounds. */
	public List<ReviewParty> of(DelegateExecution execution) {
		return of(execution.getBpmnModelInstance());
	}

	/** 四方一致同意: every party of the round approved. */
	public boolean allApproved(DelegateExecution execution) {
		List<ReviewParty> round = of(execution);
		return !round.isEmpty() && round.stream()
			.allMatch((party) -> "APPROVE".equals(execution.getVariable(party.decisionVariable())));
	}

	/** 任一方退回: some party of the round returned the item. */
	public boolean anyReturned(DelegateExecution execution) {
		return of(execution).stream()
			.anyMatch((party) -> "RETURN".equals(execution.getVariable(party.decisionVariable())));
	}

	/** Ids of these parties. */
	static Set<String> ids(Collection<ReviewParty> parties) {
		return parties.stream().map(ReviewParty::id).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
	}

}
