package org.rectiflow.common;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one way a page refuses: status, a Chinese title and message, the reasons if there
 * are several, and the way back, rendered by {@code templates/error/page.html} inside the
 * console's layout. A message written "中文 / English" for the API shows its Chinese part.
 *
 * @param status the HTTP status
 * @param title what happened, in a few words
 * @param message what the person can do about it
 * @param reasons the reasons one by one (empty if none)
 * @param menu the layout's active menu entry
 * @param backHref where the way back leads
 * @param backLabel the way back's label
 */
public record ErrorPage(HttpStatus status, String title, String message, List<String> reasons, String menu,
		String backHref, String backLabel) {

	public static ErrorPage of(HttpStatus status, String title, String message) {
		return new ErrorPage(status, title, message, List.of(), "console", "/", "返回首页");
	}

	/** The usual title of a refusal with this status. */
	public static ErrorPage of(HttpStatus status, String message) {
		String title = switch (status) {
			case NOT_FOUND -> "未找到";
			case FORBIDDEN -> "无权访问";
			case CONFLICT -> "无法完成";
			case PAYLOAD_TOO_LARGE -> "文件过大";
			default -> "请求有误";
		};
		return of(status, title, message);
	}

	public ErrorPage withReasons(List<String> reasons) {
		return new ErrorPage(this.status, this.title, this.message, List.copyOf(reasons), this.menu, this.backHref,
				this.backLabel);
	}

	public ErrorPage back(String menu, String href, String label) {
		return new ErrorPage(this.status, this.title, this.message, this.reasons, menu, href, label);
	}

	public ModelAndView view() {
		ModelAndView page = new ModelAndView("error/page", this.status);
		page.addObject("status", this.status.value());
		page.addObject("error", this);
		return page;
	}

	/** The refusal alone, for an htmx request that shows it in the page it came from. */
	public ModelAndView fragment() {
		ModelAndView fragment = new ModelAndView("error/page :: message", this.status);
		fragment.addObject("status", this.status.value());
		fragment.addObject("error", this);
		return fragment;
	}

	/** The message as a Chinese page shows it. */
	public String chineseMessage() {
		return (this.message != null) ? Bilingual.chinese(this.message) : "";
	}

}
