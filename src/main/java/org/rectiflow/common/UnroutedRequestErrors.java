package org.rectiflow.common;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * What Spring MVC raises before any controller is chosen — no such path, a method or
 * media type the path does not take, a multipart body over the upload limit or not
 * multipart at all — never reaches {@link ApiExceptionHandler}, which only advises
 * controllers. Under {@code /api} it is a ProblemDetail like every other API error.
 * Anywhere else the exception is rethrown, which hands it on to Spring's default
 * resolution (the servlet container's error page) as if this advice did not exist; an
 * upload over the limit to a page never gets here ({@link UploadTooLargePage}).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnroutedRequestErrors {

	private final RequestProblems problems;

	UnroutedRequestErrors(RequestProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class,
			HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class,
			HttpMediaTypeNotAcceptableException.class, MultipartException.class })
	ResponseEntity<ProblemDetail> beforeAnyController(Exception ex, HttpServletRequest request) throws Exception {
		String path = ApiExceptionHandler.path(request);
		ProblemDetail problem = ApiExceptionHandler.isApi(path) ? this.problems.describe(ex, path) : null;
		if (problem == null) {
			throw ex;
		}
		HttpHeaders headers = (ex instanceof ErrorResponse response) ? response.getHeaders() : HttpHeaders.EMPTY;
		return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
	}

}
