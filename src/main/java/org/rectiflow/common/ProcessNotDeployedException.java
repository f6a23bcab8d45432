package org.rectiflow.common;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A record whose process cannot start because no definition of it is deployed: answers
 * 503 and names the process, and the record is not created.
 */
public class ProcessNotDeployedException extends ErrorResponseException {

	private final String processKey;

	public ProcessNotDeployedException(String processKey) {
		super(HttpStatus.SERVICE_UNAVAILABLE, problem(processKey), null);
		this.processKey = processKey;
	}

	public String getProcessKey() {
		return this.processKey;
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

	private static ProblemDetail problem(String processKey) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "流程 '" + processKey
				+ "' 尚未部署，未保存任何记录；请流程管理员部署该流程后重试 / The process '" + processKey
				+ "' is not deployed, so nothing was saved; ask a process administrator to deploy it, then try again.");
		problem.setTitle("流程未部署 / Process not deployed");
		problem.setProperty("processKey", processKey);
		return problem;
	}

}
