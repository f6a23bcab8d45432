package org.rectiflow.common;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mapping.PropertyReferenceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the application's API is an RFC 9457 ProblemDetail with a message in
 * Chinese and English; a user's mistake is never a 500. Errors raised before a controller
 * is chosen are answered by {@link UnroutedRequestErrors}, which comes after this advice.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE - 1)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final String API = "/api";

	private final RequestProblems requestProblems;

	ApiExceptionHandler(RequestProblems requestProblems) {
		this.requestProblems = requestProblems;
	}

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

	@ExceptionHandler(PropertyReferenceException.class)
	ProblemDetail unknownProperty(PropertyReferenceException ex) {
		return problem(HttpStatus.BAD_REQUEST, "请求有误 / Bad request",
				"没有名为 '" + ex.getPropertyName() + "' 的字段 / There is no field '" + ex.getPropertyName() + "'");
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail changedMeanwhile(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "记录已被修改 / Changed meanwhile",
				"该记录刚被他人修改，请刷新后重试 / Someone else changed this record just now: reload it and try again");
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail duplicate(DataIntegrityViolationException ex) {
		return problem(HttpStatus.CONFLICT, "与已有记录冲突 / Conflict",
				"与已有记录重复或冲突，请检查编号后重试 / This duplicates or contradicts an existing record: check the codes and try again");
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String detail = "请求内容不是有效的 JSON / The request body is not valid JSON";
		if (ex.getCause() instanceof InvalidFormatException invalid) {
			String field = invalid.getPath()
				.stream()
				.map((reference) -> (reference.getFieldName() != null) ? reference.getFieldName()
						: "[" + reference.getIndex() + "]")
				.reduce((left, right) -> left + "." + right)
				.orElse("?");
			String allowed = (invalid.getTargetType() != null && invalid.getTargetType().isEnum())
					? "，可用 / use one of: " + Arrays.toString(invalid.getTargetType().getEnumConstants()) : "";
			detail = "字段 " + field + " 的值 '" + invalid.getValue() + "' 无效" + allowed + " / Invalid value for " + field;
		}
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "输入不合法 / Invalid input", detail));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex.getPropertyName() != null) ? ex.getPropertyName() : "?";
		Class<?> type = ex.getRequiredType();
		String allowed = (type != null && type.isEnum())
				? "，可用 / use one of: " + Arrays.toString(type.getEnumConstants()) : "";
		return ResponseEntity.badRequest()
			.body(problem(HttpStatus.BAD_REQUEST, "输入不合法 / Invalid input", "参数 " + name + " 的值 '" + ex.getValue()
					+ "' 无效" + allowed + " / Invalid value for parameter " + name));
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

	/**
	 * Spring's own problems (wrong method, media type, missing part...) in both
	 * languages.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		Object problem = body;
		if (request instanceof ServletWebRequest servlet) {
			ProblemDetail bilingual = this.requestProblems.describe(ex, path(servlet.getRequest()));
			if (bilingual != null && bilingual.getStatus() == statusCode.value()) {
				problem = bilingual;
			}
		}
		return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
	}

	public static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

	/**
	 * The path the client asked for, also while the servlet container renders its error
	 * page.
	 */
	static String path(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = (original != null) ? original.toString() : request.getRequestURI();
		return uri.substring(Math.min(request.getContextPath().length(), uri.length()));
	}

	static boolean isApi(String path) {
		return path.equals(API) || path.startsWith(API + "/");
	}

}
