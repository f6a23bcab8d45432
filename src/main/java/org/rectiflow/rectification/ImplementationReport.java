package org.rectiflow.rectification;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What the unit reports when it submits an item for review (form {@code form-implement}).
 */
record ImplementationReport(
		@NotBlank(message = "必填 / required") @Size(max = 4000,
				message = "不能超过 4000 字 / at most 4000 characters") String summary,
		@PositiveOrZero(message = "不能为负数 / must not be negative") @Digits(integer = 12, fraction = 2,
				message = "最多 12 位整数、2 位小数 / at most 12 digits and 2 decimals") BigDecimal moneyRecoveredYuan,
		@PositiveOrZero(message = "不能为负数 / must not be negative") Integer mattersSolved) {

}
