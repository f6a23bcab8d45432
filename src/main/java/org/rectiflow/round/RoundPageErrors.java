package org.rectiflow.round;

import java.util.List;

import org.rectiflow.common.AccessRefusedException;
import org.rectiflow.common.ErrorPage;
import org.rectiflow.common.ProcessNotDeployedException;
import org.rectiflow.common.RecordNotFoundException;
import org.rectiflow.common.RuleViolationException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The round screens' refusals that cannot show their own page again: an unknown round or
 * unit (404), a caller who may not read or change rounds (403), a process that is not
 * deployed (503) — as Chinese pages, never a 500 for a user's mistake.
 */
@ControllerAdvice(assignableTypes = RoundPageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RoundPageErrors {

	@ExceptionHandler(RecordNotFoundException.class)
	ModelAndView notFound(RecordNotFoundException ex) {
		return page(HttpStatus.NOT_FOUND, "未找到", ex.getMessage(), "您要查看的巡察轮次或被巡察对象不存在。");
	}

	@ExceptionHandler(AccessRefusedException.class)
	ModelAndView refused(AccessRefusedException ex) {
		return page(HttpStatus.FORBIDDEN, "无权操作", ex.getMessage(), "巡察轮次由巡察办安排；领导小组、纪委监委和组织部可以查看。");
	}

	@ExceptionHandler({ IllegalArgumentException.class, MethodArgumentTypeMismatchException.class })
	ModelAndView badRequest(Exception ex) {
		String message = (ex instanceof MethodArgumentTypeMismatchException mismatch)
				? "「" + mismatch.getName() + "」的值「" + mismatch.getValue() + "」无效" : ex.getMessage();
		return page(HttpStatus.BAD_REQUEST, "请求有误", message, "请检查后重试。");
	}

	@ExceptionHandler(RuleViolationException.class)
	ModelAndView conflict(RuleViolationException ex) {
		return page(HttpStatus.CONFLICT, "无法完成", ex.getMessage(), "请返回巡察轮次页面查看。");
	}

	@ExceptionHandler(ProcessNotDeployedException.class)
	ModelAndView notDeployed(ProcessNotDeployedException ex) {
		return page(HttpStatus.SERVICE_UNAVAILABLE, "流程未部署", ex.getMessage(), "请流程管理员部署巡察流程后再启动，本次未启动任何巡察。");
	}

	private static ModelAndView page(HttpStatus status, String title, String message, String explanation) {
		return ErrorPage.of(status, title, message)
			.withReasons(List.of(explanation))
			.back("rounds", "/rounds", "返回巡察轮次")
			.view();
	}

}
