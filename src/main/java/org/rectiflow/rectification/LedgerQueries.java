package org.rectiflow.rectification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Root;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;

import org.rectiflow.common.BusinessDate;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.identity.CurrentUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the ledger within the caller's scope: a page of items, one item with its history
 * records, and every matching item for the export. An item outside the scope is "not
 * found".
 */
@Service
@Transactional(readOnly = true)
public class LedgerQueries {

	/** The sort keys the API accepts, mapped to the item's attributes. */
	static final Map<String, String> SORTABLE = sortable();

	private final RectificationItemRepository items;

	private final DeadlineExtensionRepository extensions;

	private final ReviewVoteRepository votes;

	private final ProgressReportRepository progress;

	private final EvidenceAttachmentRepository attachments;

	private final BusinessDate clock;

	private final EntityManager entityManager;

	private final ReviewParties parties;

	LedgerQueries(RectificationItemRepository items, DeadlineExtensionRepository extensions, ReviewVoteRepository votes,
			ProgressReportRepository progress, EvidenceAttachmentRepository attachments, BusinessDate clock,
			EntityManager entityManager, ReviewParties parties) {
		this.parties = parties;
		this.items = items;
		this.extensions = extensions;
		this.votes = votes;
		this.progress = progress;
		this.attachments = attachments;
		this.clock = clock;
		this.entityManager = entityManager;
	}

	public Page<RectificationItem> search(LedgerFilter filter, Pageable pageable, CurrentUser user) {
		List<RectificationItem> content = query(filter, pageable.getSort(), user)
			.setFirstResult((int) pageable.getOffset())
			.setMaxResults(pageable.getPageSize())
			.getResultList();
		return PageableExecutionUtils.getPage(content, pageable, () -> count(filter, user));
	}

	public long count(LedgerFilter filter, CurrentUser user) {
		return this.items.count(specification(filter, user));
	}

	/** The item, if the caller may read it; otherwise 404. */
	public RectificationItem get(Long id, CurrentUser user) {
		return this.items.findById(id)
			.filter((item) -> user.canRead(item.getUnitGroup(), item.getTownshipGroup(),
					item.getSupervisingDeptGroup()))
			.orElseThrow(() -> new RecordNotFoundException("整改事项 / item", id));
	}

	/**
	 * Whether an item exists, whoever may read it: a page tells "not yours" (403) from
	 * "no such item" (404).
	 */
	public boolean exists(Long id) {
		return id != null && this.items.existsById(id);
	}

	public ItemDetail detail(Long id, CurrentUser user) {
		RectificationItem item = get(id, user);
		return ItemDetail.of(item, this.clock.today(), this.extensions.findByItemIdOrderByDecidedAtAscIdAsc(id),
				this.votes.findByItemIdOrderByVotedAtAscIdAsc(id),
				this.progress.findByItemIdOrderByReportedAtAscIdAsc(id),
				this.attachments.findByItemIdOrderByUploadedAtAscIdAsc(id), this.parties);
	}

	/**
	 * Hands every matching item to {@code action} in {@code sort} order, streaming from
	 * the database and detaching each item once handled, so that memory stays flat.
	 */
	public void forEach(LedgerFilter filter, Sort sort, CurrentUser user, Consumer<RectificationItem> action) {
		try (Stream<RectificationItem> stream = query(filter, sort, user).setHint("org.hibernate.fetchSize", 500)
			.setHint("org.hibernate.readOnly", true)
			.getResultStream()) {
			stream.forEach((item) -> {
				action.accept(item);
				this.entityManager.detach(item);
			});
		}
	}

	/**
	 * The items in scope matching the filter, in {@code sort} order with empty values
	 * last when ascending and first when descending (PostgreSQL's own order, so its
	 * indexes serve the sort; H2 is told the same).
	 */
	private TypedQuery<RectificationItem> query(LedgerFilter filter, Sort sort, CurrentUser user) {
		HibernateCriteriaBuilder cb = (HibernateCriteriaBuilder) this.entityManager.getCriteriaBuilder();
		CriteriaQuery<RectificationItem> query = cb.createQuery(RectificationItem.class);
		Root<RectificationItem> root = query.from(RectificationItem.class);
		query.where(specification(filter, user).toPredicate(root, query, cb));
		List<Order> orders = new ArrayList<>();
		for (Sort.Order order : sort) {
			orders.add(order.isAscending() ? cb.asc(root.get(order.getProperty()), false)
					: cb.desc(root.get(order.getProperty()), true));
		}
		query.orderBy(orders);
		return this.entityManager.createQuery(query);
	}

	Specification<RectificationItem> specification(LedgerFilter filter, CurrentUser user) {
		return LedgerSpecifications.readableBy(user).and(LedgerSpecifications.matching(filter, this.clock.today()));
	}

	/**
	 * The sort to use for a request: only known keys, always ending with the id so that
	 * pages are stable; the default is the nearest deadline first.
	 */
	static Sort checkedSort(Sort requested) {
		List<Sort.Order> orders = new ArrayList<>();
		for (Sort.Order order : requested) {
			String attribute = SORTABLE.get(order.getProperty());
			if (attribute == null) {
				throw new IllegalArgumentException("不支持按「" + order.getProperty() + "」排序，可用："
						+ String.join(", ", SORTABLE.keySet()) + " / Cannot sort by " + order.getProperty());
			}
			orders.add(new Sort.Order(order.getDirection(), attribute));
		}
		if (orders.isEmpty()) {
			orders.add(Sort.Order.asc("deadline"));
		}
		if (orders.stream().noneMatch((order) -> order.getProperty().equals("id"))) {
			orders.add(Sort.Order.asc("id"));
		}
		return Sort.by(orders);
	}

	private static Map<String, String> sortable() {
		Map<String, String> keys = new LinkedHashMap<>();
		for (String key : List.of("id", "deadline", "originalDeadline", "createdAt", "updatedAt", "roundId",
				"inspectionId", "unitCode", "townshipCode", "supervisingDeptGroup", "category", "state", "colour",
				"returnCount", "signedOffOn")) {
			keys.put(key, key);
		}
		keys.put("findingId", "id");
		return java.util.Collections.unmodifiableMap(keys);
	}

}
