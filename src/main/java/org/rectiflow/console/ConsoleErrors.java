package org.rectiflow.console;

import java.util.List;

import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.common.ErrorPage;
import org.rectiflow.common.RecordNotFoundException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The console's refusals as pages in Chinese: 404 for what does not exist, 403 for what
 * is outside the caller's scope, 400 for a bad filter or page — never a 500 for a user's
 * mistake.
 */
@ControllerAdvice(assignableTypes = { ConsoleController.class, PlanCorrectionController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleErrors {

	@ExceptionHandler(RecordNotFoundException.class)
	ModelAndView notFound(RecordNotFoundException ex) {
		return page(HttpStatus.NOT_FOUND, "未找到", ex.getMessage(), "您要查看的记录不存在，或已被删除。");
	}

	@ExceptionHandler(AccessRefusedException.class)
	ModelAndView refused(AccessRefusedException ex) {
		return page(HttpStatus.FORBIDDEN, "无权查看", ex.getMessage(),
				"该记录不在您的查看范围内。乡镇只能查看本乡镇，部门只能查看本部门主管的事项，村(社区)只能查看本村(社区)。");
	}

	@ExceptionHandler({ IllegalArgumentException.class, BindException.class,
			MethodArgumentTypeMismatchException.class })
	ModelAndView badRequest(Exception ex) {
		String detail = (ex instanceof BindException bind)
				? bind.getFieldErrors()
					.stream()
					.map((error) -> "「" + error.getField() + "」的值「" + error.getRejectedValue() + "」无效")
					.collect(java.util.stream.Collectors.joining("；"))
				: (ex instanceof MethodArgumentTypeMismatchException mismatch)
						? "「" + mismatch.getName() + "」的值「" + mismatch.getValue() + "」无效" : ex.getMessage();
		return page(HttpStatus.BAD_REQUEST, "请求有误", detail, "筛选条件或页码有误，请检查后重试。");
	}

	private static ModelAndView page(HttpStatus status, String title, String message, String explanation) {
		return ErrorPage.of(status, title, message)
			.withReasons(List.of(explanation))
			.back("console", "/console", "返回督查驾驶舱")
			.view();
	}

}
