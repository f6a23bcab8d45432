package org.rectiflow.rectification;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An extension request (延期申请) and the inspection office's decision on it. */
record ExtensionCommand(@NotNull(message = "必填 / required") LocalDate newDeadline,
		@NotBlank(message = "必填 / required") @Size(max = 1000,
				message = "不能超过 1000 字 / at most 1000 characters") String reason,
		@NotBlank(message = "必填 / required") @Size(max = 64) String requestedBy,
		@NotBlank(message = "必填 / required") @Size(max = 64) String decidedBy, boolean approved,
		@Size(max = 1000, message = "不能超过 1000 字 / at most 1000 characters") String decisionComment) {

}
