package org.rectiflow.workflow;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;

/**
 * Refuses a list request on {@code /engine-rest} whose {@code firstResult} or
 * {@code maxResults} is negative or no whole number, before Camunda hands it to the
 * database, which answered a 500 (issue 16, W13). The answer is Camunda's error shape,
 * 400, in Chinese and English.
 */
@Priority(Priorities.USER)
final class PagingParameters implements ContainerRequestFilter {

	private static final List<String> NAMES = List.of("firstResult", "maxResults");

	@Override
	public void filter(ContainerRequestContext request) {
		for (String name : NAMES) {
			for (String value : request.getUriInfo().getQueryParameters().getOrDefault(name, List.of())) {
				if (!valid(value)) {
					request.abortWith(ExceptionHandlerHelper.getInstance()
						.getResponse(new InvalidRequestException(Response.Status.BAD_REQUEST,
								"参数 " + name + " 须为不小于 0 的整数，收到「" + value + "」 / " + name
										+ " must be a whole number of 0 or more, not '" + value + "'")));
					return;
				}
			}
		}
	}

	private static boolean valid(String value) {
		try {
			return Integer.parseInt(value.trim()) >= 0;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

}
