package org.rectiflow.transfer;

import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.finding.InspectionRecordErrors;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** The refusals of 巡察记录's clue and letter forms that cannot show the page itself. */
@ControllerAdvice(assignableTypes = TransferRecordController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class TransferRecordErrors {

	@ExceptionHandler(RecordNotFoundException.class)
	ModelAndView notFound(RecordNotFoundException ex) {
		return InspectionRecordErrors.page(HttpStatus.NOT_FOUND, "未找到巡察记录", "这次巡察不存在。", ex.getMessage());
	}

	@ExceptionHandler(AccessRefusedException.class)
	ModelAndView refused(AccessRefusedException ex) {
		return InspectionRecordErrors.page(HttpStatus.FORBIDDEN, "无权查看",
				"巡察记录只由本巡察组、巡察办、领导小组、纪委监委、组织部和被巡察的村(社区)及其乡镇查看。", ex.getMessage());
	}

}
