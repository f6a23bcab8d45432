package org.rectiflow.rectification;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The unit's measures for one item (整改措施), its deadline and who answers for it (form
 * {@code form-plan-measures}). The responsible unit defaults to the inspected unit.
 */
record RecordPlanCommand(@Size(max = 200, message = "不能超过 200 字 / at most 200 characters") String responsibleUnit,
		@NotBlank(message = "必填 / required") @Size(max = 50,
				message = "不能超过 50 字 / at most 50 characters") String responsiblePerson,
		@NotBlank(message = "必填 / required") @Pattern(regexp = "1[3-9][0-9]{9}",
				message = "应为 11 位手机号 / must be an 11-digit mobile number") String responsiblePhone,
		@NotBlank(message = "必填 / required") @Size(min = 10, max = 4000,
				message = "应为 10 到 4000 字 / 10 to 4000 characters") String measures,
		@NotNull(message = "必填 / required") LocalDate deadline, boolean longTerm) {

}
