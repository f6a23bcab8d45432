package org.rectiflow.rectification;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One party's decision in the review (四方会审); the party by its id
 * ({@link ReviewParty#id()}); a return needs a reason.
 */
record VoteCommand(@NotBlank(message = "必填 / required") @Size(max = 32) String party,
		@NotNull(message = "必填 / required") ReviewDecision decision,
		@Size(max = 1000, message = "不能超过 1000 字 / at most 1000 characters") String reason,
		@NotBlank(message = "必填 / required") @Size(max = 64) String voter) {

	@AssertTrue(message = "退回时必须填写理由 / A return needs a reason")
	boolean isReasonGivenForReturn() {
		return this.decision != ReviewDecision.RETURN || (this.reason != null && !this.reason.isBlank());
	}

}
