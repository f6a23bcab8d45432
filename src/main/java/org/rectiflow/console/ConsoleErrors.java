package org.rectiflow.console;

import org.rectiflow.common.Bilingual;
import org.rectiflow.common.AccessRefusedException;
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
@ControllerAdvice(assignableTypes = ConsoleController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleErrors {

	@ExceptionHandler(RecordNotFoundException.class)
	ModelAndView notFound(RecordNotFoundException ex) {
		return page(HttpStatus.NOT_FOUND, "未找到", "您要查看的记录不存在，或已被删除。", Bilingual.chinese(ex));
	}

	@ExceptionHandler(AccessRefusedException.class)
	ModelAndView refused(AccessRefusedException ex) {
		return page(HttpStatus.FORBIDDEN, "无权查看", "该记录不在您的查看范围内。乡镇只能查看本乡镇，部门只能查看本部门主管的事项，村(社区)只能查看本村(社区)。",
				Bilingual.chinese(ex));
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
						? "「" + mismatch.getName() + "」的值「" + mismatch.getValue() + "」无效" : Bilingual.chinese(ex);
		return page(HttpStatus.BAD_REQUEST, "请求有误", "筛选条件或页码有误，请检查后重试。", detail);
	}

	private static ModelAndView page(HttpStatus status, String title, String message, String detail) {
		ModelAndView page = new ModelAndView("console/error", status);
		page.addObject("status", status.value());
		page.addObject("title", title);
		page.addObject("message", message);
		page.addObject("detail", detail);
		return page;
	}

}
