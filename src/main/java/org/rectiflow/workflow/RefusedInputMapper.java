package org.rectiflow.workflow;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.rectiflow.common.InvalidInputException;
import org.rectiflow.common.RuleViolationException;

/**
 * Answers {@code /engine-rest} calls that the application refused with the status the
 * caller deserves instead of Camunda's 500: 400 when a cause is an
 * {@link InvalidInputException} or Bean Validation's
 * {@link ConstraintViolationException}, 409 when it is a {@link RuleViolationException}.
 * The answer keeps Camunda's error shape ({@code {"type", "message", "code"}}, which
 * Tasklist and Camunda Modeler show) and message. Anything else goes to Camunda's own
 * mapper for the type, unchanged. See docs/decisions/0016-rest-errors.md.
 *
 * @param <E> the exception type mapped
 */
abstract class RefusedInputMapper<E extends Throwable> implements ExceptionMapper<E> {

	private final ExceptionMapper<? super E> camunda;

	RefusedInputMapper(ExceptionMapper<? super E> camunda) {
		this.camunda = camunda;
	}

	@Override
	public Response toResponse(E ex) {
		Response.Status status = refusal(ex);
		return (status != null) ? answer(status, ex) : this.camunda.toResponse(ex);
	}

	/** The status of the application's refusal in the cause chain, or {@code null}. */
	static Response.Status refusal(Throwable ex) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable cause = ex; cause != null && seen.add(cause); cause = cause.getCause()) {
			if (cause instanceof InvalidInputException || cause instanceof ConstraintViolationException) {
				return Response.Status.BAD_REQUEST;
			}
			if (cause instanceof RuleViolationException) {
				return Response.Status.CONFLICT;
			}
		}
		return null;
	}

	/**
	 * As Camunda answers a request it refuses itself (e.g. a form field's validator): an
	 * {@link InvalidRequestException} with the status, the message, and the engine
	 * exception as cause, whose error code Camunda reports.
	 */
	private static Response answer(Response.Status status, Throwable ex) {
		Throwable cause = (ex instanceof RestException && ex.getCause() != null) ? ex.getCause() : ex;
		Exception reported = (cause instanceof Exception exception) ? exception : new RuntimeException(cause);
		return ExceptionHandlerHelper.getInstance()
			.getResponse(new InvalidRequestException(status, reported, ex.getMessage()));
	}

	/**
	 * What Camunda's resources throw for an engine exception (e.g. a task listener's,
	 * wrapped by the engine): a {@link RestException} with status 500. Camunda's
	 * {@link RestExceptionHandler} maps the same type at the default priority
	 * ({@link Priorities#USER}); a lower value wins the tie.
	 */
	@Priority(Priorities.USER - 100)
	static final class InRestException extends RefusedInputMapper<RestException> {

		InRestException() {
			super(new RestExceptionHandler());
		}

	}

	/** An engine exception a resource does not wrap, e.g. from message correlation. */
	@Priority(Priorities.USER - 100)
	static final class InEngineException extends RefusedInputMapper<ProcessEngineException> {

		InEngineException() {
			super(new ProcessEngineExceptionHandler());
		}

	}

	/**
	 * A refusal the engine does not wrap: what a delegate of a service task throws on the
	 * caller's thread, e.g. at a synchronous start.
	 */
	static final class InvalidInput extends RefusedInputMapper<InvalidInputException> {

		InvalidInput() {
			super(new ExceptionHandler());
		}

	}

	/**
	 * As {@link InvalidInput}; more specific than the mapper of Jersey's Bean Validation,
	 * which answers 400 without a message.
	 */
	static final class ConstraintViolation extends RefusedInputMapper<ConstraintViolationException> {

		ConstraintViolation() {
			super(new ExceptionHandler());
		}

	}

	/** As {@link InvalidInput}, for a broken domain rule. */
	static final class RuleViolation extends RefusedInputMapper<RuleViolationException> {

		RuleViolation() {
			super(new ExceptionHandler());
		}

	}

}
