package org.rectiflow.common;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Guards the {@code sort} parameter of a list: only the named properties may be sorted
 * on, so that a typo answers 400 with the choices instead of a server error, and nobody
 * sorts on a field the list does not show.
 */
public final class Pageables {

	private Pageables() {
	}

	/**
	 * The page request if every sort property is allowed.
	 * @param pageable the request's page, size and sort
	 * @param allowed the properties this list may be sorted by
	 * @return the same page request
	 * @throws IllegalArgumentException (400) naming the bad property and the choices
	 */
	public static Pageable checked(Pageable pageable, Set<String> allowed) {
		for (Sort.Order order : pageable.getSort()) {
			if (!allowed.contains(order.getProperty())) {
				throw new IllegalArgumentException(
						"不能按 '" + order.getProperty() + "' 排序，可用：" + String.join(", ", new TreeSet<>(allowed))
								+ " / Cannot sort by '" + order.getProperty() + "'; use one of these");
			}
		}
		return pageable;
	}

	/**
	 * As {@link #checked(Pageable, Set)}, with the sort properties whose path in the
	 * record differs from their name in the API (e.g. {@code unitCode} kept in an
	 * embedded scope).
	 * @param pageable the request's page, size and sort
	 * @param allowed the properties this list may be sorted by
	 * @param paths the record's property path by API name, for those that differ
	 * @return the page request sorting by the records' property paths
	 */
	public static Pageable checked(Pageable pageable, Set<String> allowed, Map<String, String> paths) {
		checked(pageable, allowed);
		if (pageable.getSort().isUnsorted()) {
			return pageable;
		}
		Sort sort = Sort.by(pageable.getSort()
			.stream()
			.map((order) -> order.withProperty(paths.getOrDefault(order.getProperty(), order.getProperty())))
			.toList());
		return pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)
				: Pageable.unpaged(sort);
	}

}
