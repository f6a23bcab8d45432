package org.rectiflow.common;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the limit to a page, e.g. the process console's deploy form, is answered
 * with the page {@code error/413} in Chinese. The servlet container's error page cannot
 * do it: rendering {@code /error} for a multipart request makes Spring parse the body
 * again, which fails the same way and leaves an empty 413. The same happens when Spring
 * Security refuses such a form because its CSRF token is in the body that was too large
 * to read: in the error dispatch that follows, Spring raises this exception and this page
 * answers 413. Under {@code /api} the upload is left to {@link UnroutedRequestErrors}.
 */
@Component
class UploadTooLargePage implements HandlerExceptionResolver, Ordered {

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!(ex instanceof MaxUploadSizeExceededException)
				|| ApiExceptionHandler.isApi(ApiExceptionHandler.path(request))) {
			return null;
		}
		ModelAndView page = new ModelAndView("error/413", HttpStatus.PAYLOAD_TOO_LARGE);
		page.addObject("status", HttpStatus.PAYLOAD_TOO_LARGE.value());
		return page;
	}

	/** Before Spring MVC's own resolvers (order 0), which would answer an empty 413. */
	@Override
	public int getOrder() {
		return -1;
	}

}
