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
		return InspectionRecordErrors.page(HttpStatus.NOT_FOUND, "未找到巡察记录", "这次巡察不存在，或不由您查看。", ex.getMessage());
	}

	@ExceptionHandler(AccessRefusedException.class)
	ModelAndView refused(AccessRefusedException ex) {
		return InspectionRecordErrors.page(HttpStatus.FORBIDDEN, "无权修改", "只有本巡察组和巡察办可以填写巡察记录。", ex.getMessage());
	}

}
