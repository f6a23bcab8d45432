package org.rectiflow.workbench;

import java.util.List;

import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.common.ErrorPage;
import org.rectiflow.common.RecordNotFoundException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** The task page's refusals as Chinese pages: a task one may not work on is not found. */
@ControllerAdvice(assignableTypes = TaskPageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TaskPageErrors {

	@ExceptionHandler(RecordNotFoundException.class)
	ModelAndView notFound(RecordNotFoundException ex) {
		return page(HttpStatus.NOT_FOUND, "未找到任务", "这项任务不存在、已经办结，或不由您办理。", ex.getMessage());
	}

	@ExceptionHandler(AccessRefusedException.class)
	ModelAndView refused(AccessRefusedException ex) {
		return page(HttpStatus.FORBIDDEN, "无权办理", "这项任务不由您办理。", ex.getMessage());
	}

	private static ModelAndView page(HttpStatus status, String title, String explanation, String message) {
		return ErrorPage.of(status, title, message)
			.withReasons(List.of(explanation))
			.back("workbench", "/workbench", "返回工作台")
			.view();
	}

}
