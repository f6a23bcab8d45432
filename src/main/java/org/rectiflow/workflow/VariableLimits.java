package org.rectiflow.workflow;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How large a variable written through the engine's REST doors may be (issue 16 W11): one
 * variable's value, and the whole request. Files go to the evidence store, not into
 * variables.
 *
 * @param maxValue the largest value of one variable (default 256KB)
 * @param maxRequest the largest request body that writes variables (default 2MB)
 */
@ConfigurationProperties("rectiflow.variables")
record VariableLimits(DataSize maxValue, DataSize maxRequest) {

	VariableLimits {
		maxValue = (maxValue != null) ? maxValue : DataSize.ofKilobytes(256);
		maxRequest = (maxRequest != null) ? maxRequest : DataSize.ofMegabytes(2);
	}

}
