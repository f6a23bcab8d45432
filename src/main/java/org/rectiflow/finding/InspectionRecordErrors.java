package org.rectiflow.finding;

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

/**
 * The page 巡察记录's refusals that cannot show the page itself, as Chinese pages: an
 * inspection the reader may not see is not found. {@link #page} serves {@code transfer}'s
 * forms of the page too.
 */
@ControllerAdvice(assignableTypes = InspectionRecordController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class InspectionRecordErrors {

	@ExceptionHandler(RecordNotFoundException.class)
	ModelAndView notFound(RecordNotFoundException ex) {
		return page(HttpStatus.NOT_FOUND, "未找到巡察记录", "这次巡察不存在。", ex.getMessage());
	}

	@ExceptionHandler(AccessRefusedException.class)
	ModelAndView refused(AccessRefusedException ex) {
		return page(HttpStatus.FORBIDDEN, "无权查看", "巡察记录只由本巡察组、巡察办、领导小组、纪委监委、组织部和被巡察的村(社区)及其乡镇查看。", ex.getMessage());
	}

	/**
	 * A refusal of the page as a Chinese page.
	 * @param status the status
	 * @param title the title
	 * @param explanation what it means
	 * @param message the refusal
	 * @return the page
	 */
	public static ModelAndView page(HttpStatus status, String title, String explanation, String message) {
		return ErrorPage.of(status, title, message)
			.withReasons(List.of(explanation))
			.back("workbench", "/workbench", "返回工作台")
			.view();
	}

}
