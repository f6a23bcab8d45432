package org.rectiflow.rectification;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * What the ledger copies from a finding when its item is opened. The unit's names and
 * groups are looked up by {@code unitCode}; the department's name by its group.
 *
 * @param findingId the finding (module {@code finding})
 * @param findingText the problem as written in the problem list
 * @param category the finding's category code (e.g. {@code THREE_ASSETS})
 * @param categoryName its Chinese name (e.g. 三资管理); the code when absent
 * @param roundId the inspection round, if known
 * @param inspectionId the inspection of the unit in that round
 * @param unitCode the inspected unit (village, community or township)
 * @param supervisingDeptGroup the group of the supervising line department
 * @param deadline a deadline already fixed at feedback, or {@code null} (set by the plan)
 * @param feedbackDate the feedback date that started the rectification clock, if known
 */
public record OpenItemCommand(@NotNull(message = "必填 / required") @Positive Long findingId,
		@NotBlank(message = "必填 / required") @Size(max = 8000,
				message = "不能超过 8000 字 / at most 8000 characters") String findingText,
		@NotBlank(message = "必填 / required") @Size(max = 32,
				message = "不能超过 32 个字符 / at most 32 characters") String category,
		@Size(max = 64, message = "不能超过 64 个字符 / at most 64 characters") String categoryName, @Positive Long roundId,
		@NotNull(message = "必填 / required") @Positive Long inspectionId,
		@NotBlank(message = "必填 / required") @Size(max = 32,
				message = "不能超过 32 个字符 / at most 32 characters") String unitCode,
		@NotBlank(message = "必填 / required") @Size(max = 64,
				message = "不能超过 64 个字符 / at most 64 characters") String supervisingDeptGroup,
		LocalDate deadline, LocalDate feedbackDate) {

}
