package org.rectiflow.common;

import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

import org.springframework.stereotype.Component;

/**
 * The one source of the names people read instead of codes: groups (units, townships,
 * departments, teams) by their Camunda group's name, and every coded value (colours,
 * states, categories, verdicts, grades …) by the label of the enum its module registered
 * through a {@link LabelSource}. Pages use it as {@code @labels}, e.g.
 * {@code ${@labels.group(item.departmentGroup)}} or {@code ${@labels.of('colour',
 * code)}}; letters, exports and the forms' options read the same labels.
 */
@Component("labels")
public class Labels {

	private final IdentityService identity;

	private final Map<String, Map<String, String>> codes = new HashMap<>();

	private final Cache<String, String> groupNames = Caffeine.newBuilder()
		.maximumSize(50_000)
		.expireAfterWrite(Duration.ofMinutes(5))
		.build();

	Labels(IdentityService identity, List<LabelSource> sources) {
		this.identity = identity;
		for (LabelSource source : sources) {
			source.kinds().forEach((kind, labels) -> {
				if (this.codes.put(kind, Collections.unmodifiableMap(new LinkedHashMap<>(labels))) != null) {
					throw new IllegalStateException("Two modules label the kind " + kind);
				}
			});
		}
	}

	/** The label of an enum value; empty for {@code null}. */
	public String of(Labelled value) {
		return (value != null) ? value.label() : "";
	}

	/**
	 * The label of a coded value of a kind (e.g. {@code of("colour", "RED")}); the code
	 * itself when the kind does not know it, empty for a blank code.
	 */
	public String of(String kind, Object code) {
		if (code == null || code.toString().isBlank()) {
			return "";
		}
		Map<String, String> labels = this.codes.get(kind);
		if (labels == null) {
			throw new IllegalArgumentException("No labels for the kind " + kind);
		}
		return labels.getOrDefault(code.toString(), code.toString());
	}

	/** Every code of a kind with its label, in declaration order. */
	public Map<String, String> all(String kind) {
		Map<String, String> labels = this.codes.get(kind);
		if (labels == null) {
			throw new IllegalArgumentException("No labels for the kind " + kind);
		}
		return labels;
	}

	/** Whether a kind is registered. */
	public boolean knows(String kind) {
		return this.codes.containsKey(kind);
	}

	/**
	 * The name of a group (a unit, township, department, team or role); the id when the
	 * group has no name; empty for a blank id.
	 */
	public String group(String groupId) {
		if (groupId == null || groupId.isBlank()) {
			return "";
		}
		return this.groupNames.get(groupId, this::lookUpGroup);
	}

	/** The names of several groups, joined with 、 as Chinese lists them. */
	public String groups(Collection<String> groupIds) {
		return String.join("、", groupIds.stream().filter(Objects::nonNull).map(this::group).toList());
	}

	private String lookUpGroup(String groupId) {
		Group group = this.identity.createGroupQuery().groupId(groupId).singleResult();
		return (group != null && group.getName() != null && !group.getName().isBlank()) ? group.getName() : groupId;
	}

}
