package org.rectiflow.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

import org.springframework.stereotype.Component;

/**
 * How people are named on the console's pages: family name then given name, as Chinese
 * writes them; the user id when Camunda knows no name. Templates use it as
 * {@code @userNames}.
 */
@Component("userNames")
public class UserNames {

	private final IdentityService identity;

	UserNames(IdentityService identity) {
		this.identity = identity;
	}

	/** The name of one user; the id itself when there is none. */
	public String of(String userId) {
		if (userId == null || userId.isBlank()) {
			return "";
		}
		return of(java.util.List.of(userId)).getOrDefault(userId, userId);
	}

	/** The names of several users, by user id; an unknown user is named by the id. */
	public Map<String, String> of(Collection<String> userIds) {
		String[] ids = userIds.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
		Map<String, String> names = new HashMap<>();
		if (ids.length == 0) {
			return names;
		}
		for (String id : ids) {
			names.put(id, id);
		}
		for (User user : readable(ids)) {
			String name = (Objects.toString(user.getLastName(), "") + Objects.toString(user.getFirstName(), ""))
				.strip();
			if (!name.isEmpty()) {
				names.put(user.getId(), name);
			}
		}
		return names;
	}

	/**
	 * A person's name is no secret to a colleague: read it whatever the caller's Camunda
	 * grants on users (the authentication is per thread; it is put back).
	 */
	private java.util.List<User> readable(String[] ids) {
		org.camunda.bpm.engine.impl.identity.Authentication caller = this.identity.getCurrentAuthentication();
		this.identity.clearAuthentication();
		try {
			return this.identity.createUserQuery().userIdIn(ids).list();
		}
		finally {
			if (caller != null) {
				this.identity.setAuthentication(caller);
			}
		}
	}

}
