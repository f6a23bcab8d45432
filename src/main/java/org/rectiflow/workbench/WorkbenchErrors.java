package org.rectiflow.workbench;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.common.ErrorPage;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.common.RuleViolationException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The workbench's refusals, in Chinese (with the English detail): an unknown or unseen
 * task 404, an action one may not take 403, an action not possible now 409, bad input
 * 400. An htmx request gets the message in the panel's message box ({@code HX-Retarget}),
 * a page request a page.
 */
@ControllerAdvice(assignableTypes = { WorkbenchController.class, TaskActionsController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkbenchErrors {

	@ExceptionHandler(RecordNotFoundException.class)
	ModelAndView notFound(RecordNotFoundException ex, HttpServletRequest request, HttpServletResponse response) {
		return page(HttpStatus.NOT_FOUND, "未找到", "该任务不存在、已办结，或不在您的查看范围内。", ex.getMessage(), request, response);
	}

	@ExceptionHandler(AccessRefusedException.class)
	ModelAndView refused(AccessRefusedException ex, HttpServletRequest request, HttpServletResponse response) {
		return page(HttpStatus.FORBIDDEN, "无权操作", "您不能对该任务进行这项操作。", ex.getMessage(), request, response);
	}

	@ExceptionHandler(RuleViolationException.class)
	ModelAndView conflict(RuleViolationException ex, HttpServletRequest request, HttpServletResponse response) {
		return page(HttpStatus.CONFLICT, "现在不能这样操作", "该任务当前的状态不允许这项操作。", ex.getMessage(), request, response);
	}

	@ExceptionHandler({ IllegalArgumentException.class, MethodArgumentTypeMismatchException.class,
			MissingServletRequestParameterException.class })
	ModelAndView badRequest(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		String detail = (ex instanceof MethodArgumentTypeMismatchException mismatch)
				? "「" + mismatch.getName() + "」的值「" + mismatch.getValue() + "」无效 / invalid " + mismatch.getName()
				: (ex instanceof MissingServletRequestParameterException missing)
						? "缺少「" + missing.getParameterName() + "」 / " + missing.getParameterName() + " is required"
						: ex.getMessage();
		return page(HttpStatus.BAD_REQUEST, "填写有误", "请检查填写的内容后重试。", detail, request, response);
	}

	private static ModelAndView page(HttpStatus status, String title, String explanation, String message,
			HttpServletRequest request, HttpServletResponse response) {
		ErrorPage error = ErrorPage.of(status, title, message)
			.withReasons(List.of(explanation))
			.back("workbench", "/workbench", "返回工作台");
		if ("true".equals(request.getHeader("HX-Request"))) {
			response.setHeader("HX-Retarget", "#wb-message");
			response.setHeader("HX-Reswap", "innerHTML");
			return error.fragment();
		}
		return error.view();
	}

}
