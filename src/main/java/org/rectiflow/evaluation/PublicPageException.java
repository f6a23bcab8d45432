package org.rectiflow.evaluation;

import org.springframework.http.HttpStatus;

/**
 * A villager's request that cannot be served, with the Chinese page that says why.
 */
class PublicPageException extends RuntimeException {

	private final HttpStatus status;

	private final String title;

	PublicPageException(HttpStatus status, String title, String message) {
		super(message);
		this.status = status;
		this.title = title;
	}

	static PublicPageException notFound() {
		return new PublicPageException(HttpStatus.NOT_FOUND, "未找到该测评", "未找到与此二维码或链接对应的测评。请核对链接是否完整，或联系村(社区)工作人员。");
	}

	static PublicPageException used() {
		return new PublicPageException(HttpStatus.CONFLICT, "此二维码已使用", "此二维码已经提交过评议，每个二维码只能使用一次。感谢您的参与！");
	}

	static PublicPageException answeredOnThisDevice() {
		return new PublicPageException(HttpStatus.CONFLICT, "您已参与过本次测评", "本设备已经通过此链接提交过评议，每台设备只能提交一次。感谢您的参与！");
	}

	static PublicPageException sharedLimitReached() {
		return new PublicPageException(HttpStatus.GONE, "名额已满", "通过此链接参评的人数已达上限，感谢您的关注。");
	}

	static PublicPageException closed() {
		return new PublicPageException(HttpStatus.GONE, "测评已结束", "本次群众满意度测评已经结束，不再接受评议。感谢您的关注！");
	}

	static PublicPageException invalid(String message) {
		return new PublicPageException(HttpStatus.BAD_REQUEST, "提交内容有误", message);
	}

	HttpStatus status() {
		return this.status;
	}

	String title() {
		return this.title;
	}

}
