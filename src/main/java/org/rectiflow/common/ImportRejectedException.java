package org.rectiflow.common;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An uploaded file with at least one bad row: nothing is imported, and the answer (400)
 * lists every bad row with its column and reason in {@code errors}.
 */
public class ImportRejectedException extends ErrorResponseException {

	private final List<RowError> errors;

	public ImportRejectedException(List<RowError> errors) {
		super(HttpStatus.BAD_REQUEST, problem(errors), null);
		this.errors = List.copyOf(errors);
	}

	public List<RowError> getErrors() {
		return this.errors;
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

	private static ProblemDetail problem(List<RowError> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"文件中有 " + errors.size() + " 处错误，未导入任何数据；请修改后重新上传 / " + errors.size()
						+ " error(s) in the file; nothing was imported. Correct the rows listed and upload again.");
		problem.setTitle("导入失败 / Import refused");
		problem.setProperty("errors", errors);
		return problem;
	}

}
