package org.rectiflow.workflow;

import java.io.IOException;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.rectiflow.identity.GroupIds;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts of running instances per process and activity (the statistics endpoints of
 * {@code /engine-rest} and of the webapps' {@code /camunda/api}, which Cockpit reads) are
 * for those who may read every instance (issue 16, W10): Camunda checks only the
 * definition's READ, which every user has, and counts instances of all units. The caller
 * needs READ on all process instances or READ_INSTANCE on all process definitions (the
 * inspection office, process administrators), or is a Camunda administrator.
 */
final class InstanceStatistics {

	static final String MESSAGE = "无权查看流程实例统计：只有可查看全部流程实例的用户可以查看 / Instance statistics are only for users who may "
			+ "read all process instances";

	private final AuthorizationService authorizations;

	private final IdentityService identity;

	InstanceStatistics(AuthorizationService authorizations, IdentityService identity) {
		this.authorizations = authorizations;
		this.identity = identity;
	}

	static boolean isStatistics(String path) {
		return path.contains("/statistics") || path.contains("/cockpit/plugin/base/default/process-definition");
	}

	/**
	 * Whether the user may read every instance. The user's groups are read here, outside
	 * the caller's authentication: what a group query returns depends on who asks, and
	 * the answer must not.
	 */
	boolean mayRead(String userId) {
		if (userId == null) {
			return false;
		}
		Authentication caller = this.identity.getCurrentAuthentication();
		this.identity.clearAuthentication();
		try {
			List<String> groupIds = this.identity.createGroupQuery()
				.groupMember(userId)
				.list()
				.stream()
				.map(Group::getId)
				.toList();
			if (groupIds.contains(GroupIds.CAMUNDA_ADMIN)) {
				return true;
			}
			return this.authorizations.isUserAuthorized(userId, groupIds, Permissions.READ, Resources.PROCESS_INSTANCE,
					"*")
					|| this.authorizations.isUserAuthorized(userId, groupIds,
							ProcessDefinitionPermissions.READ_INSTANCE, Resources.PROCESS_DEFINITION, "*");
		}
		finally {
			if (caller != null) {
				this.identity.setAuthentication(caller);
			}
		}
	}

	/** On {@code /engine-rest}, after Camunda's HTTP Basic filter has set the caller. */
	@Priority(Priorities.AUTHORIZATION)
	static final class OnEngineRest implements ContainerRequestFilter {

		private final InstanceStatistics statistics;

		OnEngineRest(InstanceStatistics statistics) {
			this.statistics = statistics;
		}

		@Override
		public void filter(ContainerRequestContext request) {
			if (!isStatistics("/" + request.getUriInfo().getPath())) {
				return;
			}
			// the caller as the REST resources see it: they look the engine up the same
			// way
			Authentication caller = EngineUtil.lookupProcessEngine(null)
				.getIdentityService()
				.getCurrentAuthentication();
			boolean allowed = caller != null && this.statistics.mayRead(caller.getUserId());
			if (!allowed) {
				request.abortWith(Response.status(Response.Status.FORBIDDEN)
					.type(MediaType.APPLICATION_JSON_TYPE)
					.entity("{\"type\":\"AuthorizationException\",\"message\":\"" + MESSAGE + "\"}")
					.build());
			}
		}

	}

	/** On the webapps' {@code /camunda/api}, after Spring Security has set the caller. */
	static final class OnWebapps extends OncePerRequestFilter {

		private final InstanceStatistics statistics;

		OnWebapps(InstanceStatistics statistics) {
			this.statistics = statistics;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (isStatistics(path)) {
				org.springframework.security.core.Authentication caller = SecurityContextHolder.getContext()
					.getAuthentication();
				if (caller == null || !this.statistics.mayRead(caller.getName())) {
					response.setStatus(HttpServletResponse.SC_FORBIDDEN);
					response.setContentType("application/json;charset=UTF-8");
					response.getWriter().write("{\"type\":\"AuthorizationException\",\"message\":\"" + MESSAGE + "\"}");
					return;
				}
			}
			chain.doFilter(request, response);
		}

	}

}
