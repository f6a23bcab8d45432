package org.rectiflow.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings {@code rectiflow.evaluation.*} (defaults in application.yml and README).
 */
@ConfigurationProperties("rectiflow.evaluation")
class EvaluationProperties {

	/** Satisfied share (overall ≥ 4) below this → POOR (差), which vetoes the sign-off. */
	private double poorBelow = 0.6;

	/** Satisfied share below this (and not POOR) → FAIR (较好); otherwise GOOD (好). */
	private double fairBelow = 0.8;

	/**
	 * Fewer answers than this make no valid result: the timer leaves the round at 测评答卷不足
	 * and closing by hand is refused.
	 */
	private int minAnswers = 10;

	/** The longest comment of the default questionnaire. */
	private int commentMaxLength = 500;

	/** Largest request body accepted on the public pages, in bytes. */
	private int maxBodyBytes = 16_384;

	/**
	 * Requests per IP address and minute on the public pages (held in memory, per node).
	 */
	private int requestsPerMinute = 30;

	/** Most one-time tokens printed at once. */
	private int maxTokensPerBatch = 500;

	/**
	 * Key that signs the "answered" cookie of the shared link (Base64 or any text);
	 * blank: a random key per start (a restart forgets who answered by the shared link).
	 */
	private String cookieKey = "";

	/**
	 * Address the QR codes point to, e.g. {@code https://rectiflow.example.gov.cn};
	 * blank: taken from the office's request.
	 */
	private String publicBaseUrl = "";

	/** The default questionnaire, copied into each evaluation when it opens. */
	private List<Questionnaire.Dimension> dimensions = new ArrayList<>(
			List.of(new Questionnaire.Dimension("responsibility", "整改责任落实", "村(社区)党组织对巡察反馈问题的整改责任是否落实到位？"),
					new Questionnaire.Dimension("measures", "整改措施", "整改措施是否具体、有针对性？"),
					new Questionnaire.Dimension("solved", "问题解决", "巡察发现的问题是否得到解决？"),
					new Questionnaire.Dimension("effect", "预期效果", "整改是否达到了预期效果？"),
					new Questionnaire.Dimension("openness", "公开透明", "整改情况是否向群众公开、透明？"),
					new Questionnaire.Dimension(Questionnaire.OVERALL, "总体评价", "您对本村(社区)巡察整改工作总体是否满意？")));

	Questionnaire defaultQuestionnaire() {
		return new Questionnaire(this.dimensions, this.commentMaxLength);
	}

	public double getPoorBelow() {
		return this.poorBelow;
	}

	public void setPoorBelow(double poorBelow) {
		this.poorBelow = poorBelow;
	}

	public double getFairBelow() {
		return this.fairBelow;
	}

	public void setFairBelow(double fairBelow) {
		this.fairBelow = fairBelow;
	}

	public int getMinAnswers() {
		return this.minAnswers;
	}

	public void setMinAnswers(int minAnswers) {
		this.minAnswers = minAnswers;
	}

	public int getCommentMaxLength() {
		return this.commentMaxLength;
	}

	public void setCommentMaxLength(int commentMaxLength) {
		this.commentMaxLength = commentMaxLength;
	}

	public int getMaxBodyBytes() {
		return this.maxBodyBytes;
	}

	public void setMaxBodyBytes(int maxBodyBytes) {
		this.maxBodyBytes = maxBodyBytes;
	}

	public int getRequestsPerMinute() {
		return this.requestsPerMinute;
	}

	public void setRequestsPerMinute(int requestsPerMinute) {
		this.requestsPerMinute = requestsPerMinute;
	}

	public int getMaxTokensPerBatch() {
		return this.maxTokensPerBatch;
	}

	public void setMaxTokensPerBatch(int maxTokensPerBatch) {
		this.maxTokensPerBatch = maxTokensPerBatch;
	}

	public String getCookieKey() {
		return this.cookieKey;
	}

	public void setCookieKey(String cookieKey) {
		this.cookieKey = cookieKey;
	}

	public String getPublicBaseUrl() {
		return this.publicBaseUrl;
	}

	public void setPublicBaseUrl(String publicBaseUrl) {
		this.publicBaseUrl = publicBaseUrl;
	}

	public List<Questionnaire.Dimension> getDimensions() {
		return this.dimensions;
	}

	public void setDimensions(List<Questionnaire.Dimension> dimensions) {
		this.dimensions = dimensions;
	}

}
