package org.rectiflow.common;

import java.util.Collection;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The errors Spring MVC raises itself while it reads a request (wrong method, media type,
 * no such path, an upload over the limit, a missing part), as ProblemDetails in Chinese
 * and English.
 */
@Component
class RequestProblems {

	private final UploadLimits uploads;

	RequestProblems(UploadLimits uploads) {
		this.uploads = uploads;
	}

	/**
	 * The problem for one of the framework's exceptions.
	 * @param ex what Spring MVC raised
	 * @param path the request's path, e.g. {@code /api/units/import}
	 * @return the problem, or {@code null} for an exception this class does not describe
	 */
	ProblemDetail describe(Exception ex, String path) {
		if (ex instanceof HttpRequestMethodNotSupportedException method) {
			String allowed = join(method.getSupportedHttpMethods());
			return ApiExceptionHandler.problem(HttpStatus.METHOD_NOT_ALLOWED, "不支持该请求方法 / Method not allowed",
					path + " 不接受 " + method.getMethod() + " 请求" + (allowed.isEmpty() ? "" : "，可用 " + allowed) + " / "
							+ path + " does not take " + method.getMethod()
							+ (allowed.isEmpty() ? "" : "; use " + allowed));
		}
		if (ex instanceof HttpMediaTypeNotSupportedException media) {
			String sent = (media.getContentType() != null) ? media.getContentType().toString() : "未注明 / none";
			String supported = join(media.getSupportedMediaTypes());
			return ApiExceptionHandler.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的内容类型 / Unsupported media type",
					path + " 不接受内容类型 " + sent + (supported.isEmpty() ? "" : "，请使用 " + supported) + " / " + path
							+ " does not take a body of type " + sent
							+ (supported.isEmpty() ? "" : "; send " + supported));
		}
		if (ex instanceof HttpMediaTypeNotAcceptableException acceptable) {
			String supported = join(acceptable.getSupportedMediaTypes());
			String formats = supported.isEmpty() ? MediaType.APPLICATION_JSON_VALUE : supported;
			return ApiExceptionHandler.problem(HttpStatus.NOT_ACCEPTABLE, "无法提供所要求的格式 / Not acceptable",
					path + " 只能以 " + formats + " 回答，请调整 Accept 请求头 / " + path + " answers only as " + formats
							+ ": change the Accept header");
		}
		if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
			return ApiExceptionHandler.problem(HttpStatus.NOT_FOUND, "未找到 / Not found",
					"没有这个地址：" + path + " / There is nothing at " + path);
		}
		if (ex instanceof MaxUploadSizeExceededException) {
			ProblemDetail problem = ApiExceptionHandler.problem(HttpStatus.PAYLOAD_TOO_LARGE,
					"上传文件过大 / The upload is too large", this.uploads.message());
			problem.setProperty("maxFileSize", this.uploads.fileSize());
			problem.setProperty("maxRequestSize", this.uploads.requestSize());
			return problem;
		}
		if (ex instanceof MissingServletRequestPartException part) {
			return ApiExceptionHandler.problem(HttpStatus.BAD_REQUEST, "缺少文件 / No file",
					"请以 multipart/form-data 上传，文件字段名为 " + part.getRequestPartName()
							+ " / Send the file as multipart/form-data in the part '" + part.getRequestPartName()
							+ "'");
		}
		if (ex instanceof MultipartException) {
			return ApiExceptionHandler.problem(HttpStatus.BAD_REQUEST, "请求内容有误 / Malformed request",
					"请求内容不是有效的 multipart/form-data，请以表单方式上传文件 / The request body is not valid multipart/form-data");
		}
		if (ex instanceof MissingServletRequestParameterException parameter) {
			return ApiExceptionHandler.problem(HttpStatus.BAD_REQUEST, "缺少参数 / Missing parameter",
					"缺少参数 " + parameter.getParameterName() + " / Missing parameter " + parameter.getParameterName());
		}
		return null;
	}

	private static String join(Collection<?> values) {
		return (values == null) ? "" : values.stream().map(String::valueOf).collect(Collectors.joining(", "));
	}

}
