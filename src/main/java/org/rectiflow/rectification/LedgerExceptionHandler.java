package org.rectiflow.rectification;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.rectiflow.common.ApiExceptionHandler;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Messages a user can act on for the ledger's own input errors: a filter value that is
 * not one of the allowed values, an id that is not a number, a missing file. Everything
 * else goes to the application's {@link ApiExceptionHandler}.
 */
@RestControllerAdvice(assignableTypes = { LedgerController.class, LedgerAttachmentController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class LedgerExceptionHandler {

	private static final Map<String, Class<? extends Enum<?>>> ENUM_FIELDS = Map.of("state", ItemState.class, "colour",
			WarningColour.class);

	@ExceptionHandler(BindException.class)
	ProblemDetail invalid(BindException ex) {
		List<Map<String, String>> errors = ex.getFieldErrors()
			.stream()
			.map((error) -> Map.of("field", error.getField(), "message", message(error)))
			.toList();
		ProblemDetail problem = ApiExceptionHandler.problem(HttpStatus.BAD_REQUEST, "输入不合法 / Invalid input",
				errors.stream()
					.map((error) -> error.get("field") + "：" + error.get("message"))
					.collect(Collectors.joining("；")));
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return ApiExceptionHandler.problem(HttpStatus.BAD_REQUEST, "输入不合法 / Invalid input",
				ex.getName() + " 应为数字，收到「" + ex.getValue() + "」 / " + ex.getName() + " must be a number");
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missingParameter(MissingServletRequestParameterException ex) {
		return ApiExceptionHandler.problem(HttpStatus.BAD_REQUEST, "输入不合法 / Invalid input",
				"缺少参数 " + ex.getParameterName() + " / Missing parameter " + ex.getParameterName());
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail tooLarge(MaxUploadSizeExceededException ex) {
		return ApiExceptionHandler.problem(HttpStatus.PAYLOAD_TOO_LARGE, "文件过大 / File too large",
				"上传的文件超过服务器允许的大小，请压缩后再上传 / The upload exceeds the server's limit");
	}

	@ExceptionHandler({ MissingServletRequestPartException.class, MultipartException.class })
	ProblemDetail missingFile(Exception ex) {
		return ApiExceptionHandler.problem(HttpStatus.BAD_REQUEST, "缺少文件 / No file",
				"请以 multipart/form-data 上传，文件字段名为 file / Send the file as multipart/form-data in the part 'file'");
	}

	private static String message(FieldError error) {
		if (!error.isBindingFailure()) {
			return String.valueOf(error.getDefaultMessage());
		}
		Class<? extends Enum<?>> type = ENUM_FIELDS.get(error.getField());
		if (type != null) {
			return "取值「" + rejected(error) + "」无效，可选："
					+ Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
					+ " / not one of the allowed values";
		}
		return "取值「" + rejected(error) + "」无效，应为数字或 true/false / invalid value";
	}

	private static String rejected(FieldError error) {
		Object value = error.getRejectedValue();
		return (value instanceof Object[] values)
				? Arrays.stream(values).map(String::valueOf).collect(Collectors.joining(",")) : String.valueOf(value);
	}

}
