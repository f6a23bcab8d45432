package org.rectiflow.common;

import java.util.Map;

import org.springframework.beans.TypeMismatchException;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What Spring Boot's error page and error JSON say outside {@code /api} (issue 16, W13):
 * a message in Chinese and English, never the framework's English text with Java type
 * names ("Failed to convert value of type 'java.lang.String' to required type 'long'")
 * and never an exception's message on a 5xx. The application's own refusals
 * ({@link InvalidInputException}, {@link RuleViolationException}, already bilingual) keep
 * theirs. No exception class and no stack trace is ever included.
 */
@Component
public class ErrorMessages extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request,
				options.including(ErrorAttributeOptions.Include.MESSAGE)
					.excluding(ErrorAttributeOptions.Include.EXCEPTION, ErrorAttributeOptions.Include.STACK_TRACE));
		Object status = attributes.get("status");
		int code = (status instanceof Integer value) ? value : 500;
		attributes.put("message", of(code, getError(request)));
		return attributes;
	}

	/**
	 * The message a person reads for an error.
	 * @param status the answer's HTTP status
	 * @param error what was raised, or {@code null}
	 * @return the application's own message, else a bilingual one without type names
	 */
	public static String of(int status, Throwable error) {
		Throwable cause = error;
		while (cause != null) {
			if (cause instanceof InvalidInputException || cause instanceof RuleViolationException
					|| cause instanceof RecordNotFoundException || cause instanceof AccessRefusedException) {
				return cause.getMessage();
			}
			if (cause instanceof TypeMismatchException mismatch) {
				String name = (mismatch instanceof MethodArgumentTypeMismatchException argument) ? argument.getName()
						: mismatch.getPropertyName();
				return "参数「" + name + "」的值「" + mismatch.getValue() + "」格式不正确 / The value '" + mismatch.getValue()
						+ "' of '" + name + "' is not valid";
			}
			if (cause instanceof IllegalArgumentException && chinese(cause.getMessage())) {
				return cause.getMessage();
			}
			if (cause instanceof MissingServletRequestParameterException missing) {
				return "缺少参数「" + missing.getParameterName() + "」 / The parameter '" + missing.getParameterName()
						+ "' is missing";
			}
			cause = (cause.getCause() != cause) ? cause.getCause() : null;
		}
		return fallback(status);
	}

	/**
	 * The application writes its messages in Chinese (and English); the JDK and Spring do
	 * not.
	 */
	private static boolean chinese(String message) {
		return message != null && message.codePoints().anyMatch((c) -> c >= 0x4E00 && c <= 0x9FFF);
	}

	private static String fallback(int status) {
		return switch (status) {
			case 400 -> "请求有误，请检查后重试 / Bad request: check the address and the values sent";
			case 401 -> "需要登录 / Please log in";
			case 403 -> "无权访问 / Access denied";
			case 404 -> "未找到 / Not found";
			case 405 -> "不支持该请求方法 / Method not allowed";
			case 413 -> "请求内容过大 / The request is too large";
			default ->
				(status >= 500) ? "服务器内部错误，请稍后重试 / Internal server error, please try again later" : "请求未能处理（" + status
						+ "） / The request could not be handled (" + HttpStatus.valueOf(status).getReasonPhrase() + ")";
		};
	}

}
