package org.rectiflow.rectification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A unit's rectification plan as submitted (form {@code form-draft-plan}). */
record PlanSubmission(
		@NotBlank(message = "必填 / required") @Size(max = 8000,
				message = "不能超过 8000 字 / at most 8000 characters") String content,
		@NotBlank(message = "必填 / required") @Size(max = 50,
				message = "不能超过 50 字 / at most 50 characters") String secretaryName,
		@NotBlank(message = "必填 / required") @Pattern(regexp = "1[3-9][0-9]{9}",
				message = "应为 11 位手机号 / must be an 11-digit mobile number") String secretaryPhone) {

}
