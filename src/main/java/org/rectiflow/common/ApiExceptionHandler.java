package org.rectiflow.common;

import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the application's API is an RFC 9457 ProblemDetail with a message in
 * Chinese and English; a user's mistake is never a 500.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	@ExceptionHandler(RecordNotFoundException.class)
	ProblemDetail notFound(RecordNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "未找到 / Not found", ex.getMessage());
	}

	@ExceptionHandler({ AccessRefusedException.class, AccessDeniedException.class })
	ProblemDetail refused(RuntimeException ex) {
		return problem(HttpStatus.FORBIDDEN, "无权操作 / Forbidden", ex.getMessage());
	}

	@ExceptionHandler(RuleViolationException.class)
	ProblemDetail ruleViolated(RuleViolationException ex) {
		return problem(HttpStatus.CONFLICT, "不符合业务规则 / Rule violated", ex.getMessage());
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badArgument(IllegalArgumentException ex) {
		return problem(HttpStatus.BAD_REQUEST, "请求有误 / Bad request", ex.getMessage());
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolated(ConstraintViolationException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "输入不合法 / Invalid input", ex.getMessage());
		problem.setProperty("errors",
				ex.getConstraintViolations()
					.stream()
					.map((violation) -> Map.of("field", violation.getPropertyPath().toString(), "message",
							violation.getMessage()))
					.toList());
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "输入不合法 / Invalid input",
				"请检查以下字段 / Please correct these fields: "
						+ String.join(", ", errors.stream().map((error) -> error.get("field")).toList()));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	public static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
