package org.rectiflow.rectification;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A progress report (阶段性整改进展) of a long-term item (form {@code form-report-progress}).
 */
record ProgressCommand(
		@NotBlank(message = "必填 / required") @Size(max = 4000,
				message = "不能超过 4000 字 / at most 4000 characters") String text,
		@NotNull(message = "必填 / required") @Min(value = 0, message = "应在 0 到 100 之间 / between 0 and 100") @Max(
				value = 100, message = "应在 0 到 100 之间 / between 0 and 100") Integer percent,
		@NotBlank(message = "必填 / required") @Size(max = 64) String reportedBy) {

}
