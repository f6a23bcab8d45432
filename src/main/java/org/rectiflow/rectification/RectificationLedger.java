package org.rectiflow.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.InvalidInputException;
import org.rectiflow.common.Labels;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.common.RuleViolationException;
import org.rectiflow.identity.Departments;
import org.rectiflow.unit.InspectedUnit;
import org.rectiflow.unit.Units;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change of the ledger's records. The methods are package-private on purpose: they
 * are called only by this module's BPMN delegates and listeners, inside the engine's
 * transaction, so that a record and its process step commit or fail together. Nothing
 * else changes an item's state.
 */
@Service
@Transactional
public class RectificationLedger {

	/**
	 * The longest a long-term item may run (DOMAIN.md: normally 6 months, at most 1
	 * year).
	 */
	static final int LONG_TERM_MAX_MONTHS = 12;

	private final RectificationItemRepository items;

	private final ReviewVoteRepository votes;

	private final DeadlineExtensionRepository extensions;

	private final ProgressReportRepository progress;

	private final EvidenceAttachmentRepository evidence;

	private final RectificationPlanRepository plans;

	private final PlanReturnRepository planReturns;

	private final Units units;

	private final Departments departments;

	private final CommandValidator validator;

	private final BusinessDate clock;

	private final ApplicationEventPublisher events;

	private final Labels labels;

	private final ReviewParties parties;

	private final LedgerNumbers numbers;

	RectificationLedger(RectificationItemRepository items, ReviewVoteRepository votes,
			DeadlineExtensionRepository extensions, ProgressReportRepository progress,
			EvidenceAttachmentRepository evidence, RectificationPlanRepository plans, PlanReturnRepository planReturns,
			Units units, Departments departments, CommandValidator validator, BusinessDate clock,
			ApplicationEventPublisher events, Labels labels, ReviewParties parties, LedgerNumbers numbers) {
		this.numbers = numbers;
		this.labels = labels;
		this.parties = parties;
		this.items = items;
		this.votes = votes;
		this.extensions = extensions;
		this.progress = progress;
		this.evidence = evidence;
		this.plans = plans;
		this.planReturns = planReturns;
		this.units = units;
		this.departments = departments;
		this.validator = validator;
		this.clock = clock;
		this.events = events;
	}

	/** The category's one label; the name given with an unknown code, or the code. */
	private String categoryName(OpenItemCommand command) {
		String label = this.labels.of("category", command.category());
		boolean known = !label.equals(command.category());
		String given = command.categoryName();
		return (!known && given != null && !given.isBlank()) ? given.strip() : label;
	}

	/** Opens the item of a finding, in state 待制定措施. */
	RectificationItem open(OpenItemCommand command) {
		return open(command, null);
	}

	RectificationItem open(OpenItemCommand command, String processInstanceId) {
		this.validator.valid(command);
		RectificationItem existing = this.items.findById(command.findingId()).orElse(null);
		if (existing != null) {
			if (processInstanceId != null && (existing.getProcessInstanceId() == null
					|| existing.getProcessInstanceId().equals(processInstanceId))) {
				// The same step again (a retried job), or the process of an item opened
				// before.
				existing.attachProcess(processInstanceId);
				return existing;
			}
			throw new RuleViolationException("问题 " + command.findingId() + " 已有整改事项，不能重复建立 / Finding "
					+ command.findingId() + " already has a rectification item");
		}
		UnitCopy unit = UnitCopy.of(unit(command.unitCode()));
		String department = this.departments.find(command.supervisingDeptGroup())
			.orElseThrow(() -> new InvalidInputException(
					"未知的业务主管部门 / Unknown supervising department: " + command.supervisingDeptGroup()))
			.getName();
		String prefix = LedgerNumbers.prefix(this.clock.today().getYear(), unit.townshipName(), unit.name());
		RectificationItem item = RectificationItem.open(command, unit, department, categoryName(command),
				this.clock.now(), prefix, this.numbers.next(prefix));
		item.attachProcess(processInstanceId);
		return this.items.save(item);
	}

	/** The unit's measures, person and deadline: 待制定措施 → 整改中. */
	RectificationItem recordPlan(Long itemId, RecordPlanCommand plan) {
		this.validator.valid(plan);
		RectificationItem item = item(itemId);
		LocalDate today = this.clock.today();
		if (item.getState() == ItemState.TO_PLAN && plan.deadline().isBefore(today)) {
			throw new InvalidInputException(
					"整改期限 " + plan.deadline() + " 早于今天 / The deadline " + plan.deadline() + " is in the past");
		}
		LocalDate limit = item.longTermLimit(this.clock.zone());
		if (plan.longTerm() && plan.deadline().isAfter(limit)) {
			throw new InvalidInputException(
					"长期整改事项最长不超过 1 年，期限应不晚于 " + limit + " / A long-term item runs at most one year, until " + limit);
		}
		item.recordPlan(plan, this.clock.now());
		return item;
	}

	/**
	 * The unit reports what it did and submits the item for the four-party review: 整改中 or
	 * 被退回 → 四方会审中. Needs at least one evidence attachment.
	 */
	RectificationItem submitForReview(Long itemId, ImplementationReport report) {
		this.validator.valid(report);
		RectificationItem item = item(itemId);
		item.requireState(ItemAction.SUBMIT_FOR_REVIEW, ItemState.IN_PROGRESS, ItemState.RETURNED);
		if (this.evidence.countByItemId(itemId) == 0) {
			throw new RuleViolationException("请先在整改台账中上传佐证材料（照片、会议记录等），再提交四方会审 / Upload evidence to item " + itemId
					+ " before submitting it for review");
		}
		item.submitForReview(report, this.clock.now());
		return item;
	}

	/**
	 * Records one party's vote in the item's current review round. Voting twice with the
	 * same decision is a no-op (a retried step); changing a recorded vote is refused.
	 */
	ReviewVote recordVote(Long itemId, VoteCommand command) {
		this.validator.valid(command);
		RectificationItem item = item(itemId);
		item.requireState(ItemAction.VOTE, ItemState.UNDER_REVIEW);
		requireParty(command.party());
		ReviewVote existing = currentVotes(item).get(command.party());
		if (existing != null) {
			requireSameDecision(item, existing, command);
			return existing;
		}
		return this.votes.save(new ReviewVote(item, command, this.clock.now()));
	}

	private void requireSameDecision(RectificationItem item, ReviewVote existing, VoteCommand command) {
		if (existing.getDecision() != command.decision()) {
			throw new RuleViolationException(this.parties.name(command.party()) + "已在第 " + item.getReviewRound()
					+ " 轮会审中提交意见「" + existing.getDecision().label() + "」，不能更改 / " + command.party() + " already voted "
					+ existing.getDecision() + " in review round " + item.getReviewRound());
		}
	}

	/**
	 * Records the votes not yet recorded and concludes the round: any return sends the
	 * item back to the unit (被退回, counted), four approvals leave it ready for sign-off.
	 */
	ReviewOutcome concludeReview(Long itemId, List<VoteCommand> roundVotes) {
		return concludeReview(itemId, (recorded) -> roundVotes);
	}

	/**
	 * As {@link #concludeReview(Long, List)}, with the round's votes made once the
	 * recorded parties are known (so that who voted is looked up only for the votes not
	 * yet recorded). Reads the round's votes once.
	 */
	ReviewOutcome concludeReview(Long itemId, Function<Set<String>, List<VoteCommand>> roundVotes) {
		return concludeReview(itemId, ReviewParties.ids(this.parties.all()), roundVotes);
	}

	/**
	 * As {@link #concludeReview(Long, Function)} for a round of these parties (the
	 * parties whose review task the instance's model has).
	 */
	ReviewOutcome concludeReview(Long itemId, Set<String> roundParties,
			Function<Set<String>, List<VoteCommand>> roundVotes) {
		RectificationItem item = item(itemId);
		item.requireState(ItemAction.CONCLUDE_REVIEW, ItemState.UNDER_REVIEW);
		Map<String, ReviewVote> current = currentVotes(item);
		for (VoteCommand vote : roundVotes.apply(Set.copyOf(current.keySet()))) {
			this.validator.valid(vote);
			requireParty(vote.party());
			ReviewVote existing = current.get(vote.party());
			if (existing != null) {
				requireSameDecision(item, existing, vote);
			}
			else {
				current.put(vote.party(), this.votes.save(new ReviewVote(item, vote, this.clock.now())));
			}
		}
		String reasons = current.values()
			.stream()
			.filter((vote) -> vote.getDecision() == ReviewDecision.RETURN)
			.map((vote) -> this.parties.name(vote.getParty()) + "：" + vote.getReason())
			.collect(Collectors.joining("\n"));
		if (!reasons.isEmpty()) {
			item.returnToUnit(this.clock.now());
			return new ReviewOutcome(ReviewOutcome.Result.RETURNED, reasons);
		}
		if (current.keySet().containsAll(roundParties)) {
			return new ReviewOutcome(ReviewOutcome.Result.APPROVED, null);
		}
		return new ReviewOutcome(ReviewOutcome.Result.PENDING, null);
	}

	/** 四方会审中 → 已销号, once all four parties approved the current round. */
	RectificationItem signOff(Long itemId) {
		return signOff(itemId, ReviewParties.ids(this.parties.all()));
	}

	/** As {@link #signOff(Long)}, once these parties (of the round) all approved. */
	RectificationItem signOff(Long itemId, Set<String> roundParties) {
		RectificationItem item = item(itemId);
		item.requireState(ItemAction.SIGN_OFF, ItemState.UNDER_REVIEW);
		Map<String, ReviewVote> current = currentVotes(item);
		boolean allApproved = !roundParties.isEmpty() && current.keySet().containsAll(roundParties)
				&& current.values().stream().allMatch((vote) -> vote.getDecision() == ReviewDecision.APPROVE);
		if (!allApproved) {
			throw new RuleViolationException("整改事项 " + itemId + " 尚未获得会审各方一致同意，不能销号 / Item " + itemId
					+ " needs the approval of all review parties before sign-off");
		}
		item.signOff(this.clock.today(), this.clock.now());
		return item;
	}

	/** An approved extension: moves the deadline, kept in the item's history. */
	DeadlineExtension extendDeadline(Long itemId, ExtensionCommand command) {
		this.validator.valid(command);
		RectificationItem item = item(itemId);
		item.requireOpen(ItemAction.EXTEND);
		if (item.getDeadline() != null && !command.newDeadline().isAfter(item.getDeadline())) {
			throw new InvalidInputException("延期后的期限 " + command.newDeadline() + " 应晚于原期限 " + item.getDeadline()
					+ " / The new deadline must be after " + item.getDeadline());
		}
		LocalDate limit = item.longTermLimit(this.clock.zone());
		if (item.isLongTerm() && command.newDeadline().isAfter(limit)) {
			throw new InvalidInputException("长期整改事项最长不超过 1 年，延期后的期限应不晚于 " + limit
					+ " / A long-term item runs at most one year, until " + limit);
		}
		DeadlineExtension extension = this.extensions.save(new DeadlineExtension(item, command, this.clock.now()));
		if (command.approved()) {
			item.moveDeadline(command.newDeadline(), this.clock.now());
		}
		return extension;
	}

	/** A warning timer fired: sets the colour (red flags the item) and announces it. */
	RectificationItem warn(Long itemId, WarningLevel level) {
		RectificationItem item = item(itemId);
		item.warn(level.colour(), this.clock.now());
		this.events.publishEvent(new ItemWarned(item.getId(), level, item.getDeadline(), item.getUnitGroup(),
				item.getTownshipGroup(), item.getSupervisingDeptGroup()));
		return item;
	}

	/** A supervisor's 挂牌督办, through the item's process. */
	RectificationItem flag(Long itemId) {
		RectificationItem item = item(itemId);
		item.flag(this.clock.now());
		return item;
	}

	ProgressReport reportProgress(Long itemId, ProgressCommand command) {
		this.validator.valid(command);
		RectificationItem item = item(itemId);
		item.requireOpen(ItemAction.REPORT_PROGRESS);
		item.touch(this.clock.now());
		return this.progress.save(new ProgressReport(item, command, this.clock.now()));
	}

	/** The unit submits (or resubmits) its rectification plan for one inspection. */
	RectificationPlan submitPlan(Long inspectionId, Long roundId, String unitGroup, PlanSubmission submission) {
		this.validator.valid(submission);
		RectificationPlan plan = this.plans.findByInspectionId(inspectionId).orElseGet(() -> {
			InspectedUnit unit = this.units.byGroupId(unitGroup)
				.orElseThrow(() -> new InvalidInputException("未知被巡察对象 / Unknown unit group: " + unitGroup));
			return this.plans.save(new RectificationPlan(inspectionId, roundId, UnitCopy.of(unit), this.clock.now()));
		});
		plan.submit(submission, this.clock.now());
		return plan;
	}

	/** The inspection office approves the plan or returns it with a reason. */
	RectificationPlan reviewPlan(Long inspectionId, boolean approved, String reason, String reviewer) {
		RectificationPlan plan = plan(inspectionId);
		Instant now = this.clock.now();
		if (approved) {
			plan.approve(now);
		}
		else {
			if (reason == null || reason.isBlank()) {
				throw new InvalidInputException("退回整改方案时必须填写理由 / A returned plan needs a reason");
			}
			plan.returnToUnit(now);
			this.planReturns.save(new PlanReturn(plan.getId(), reason.strip(), reviewer, now));
		}
		return plan;
	}

	/** The special organizational-life meeting (专题组织生活会) was held. */
	RectificationPlan recordMeeting(Long inspectionId, LocalDate heldOn, String summary) {
		if (heldOn == null) {
			throw new InvalidInputException("请填写会议日期 / The meeting date is required");
		}
		RectificationPlan plan = plan(inspectionId);
		plan.meetingHeld(heldOn, summary, this.clock.now());
		return plan;
	}

	/** The rectification report (整改报告) was submitted. */
	RectificationPlan recordReport(Long inspectionId, String report) {
		RectificationPlan plan = plan(inspectionId);
		plan.reportSubmitted(this.clock.today(), report, this.clock.now());
		return plan;
	}

	RectificationItem item(Long itemId) {
		return this.items.findById(itemId).orElseThrow(() -> new RecordNotFoundException("整改事项 / item", itemId));
	}

	private RectificationPlan plan(Long inspectionId) {
		return this.plans.findByInspectionId(inspectionId)
			.orElseThrow(() -> new RecordNotFoundException("整改方案 / plan of inspection", inspectionId));
	}

	private InspectedUnit unit(String code) {
		return this.units.byCode(code).orElseThrow(() -> new InvalidInputException("未知被巡察对象 / Unknown unit: " + code));
	}

	private void requireParty(String party) {
		if (this.parties.byId(party).isEmpty()) {
			throw new InvalidInputException(
					"未知会审方 " + party + "（见设置 rectiflow.review.parties） / Unknown review party: " + party);
		}
	}

	private Map<String, ReviewVote> currentVotes(RectificationItem item) {
		Map<String, ReviewVote> current = new LinkedHashMap<>();
		this.votes.findByItemIdAndReviewRound(item.getId(), item.getReviewRound())
			.forEach((vote) -> current.put(vote.getParty(), vote));
		return current;
	}

}
