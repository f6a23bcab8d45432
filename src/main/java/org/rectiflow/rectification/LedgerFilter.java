package org.rectiflow.rectification;

import java.util.Set;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The ledger's filters; every one is optional and they combine with AND. The same filter
 * drives the list, the Excel export and the statistics.
 *
 * @param roundId inspection round
 * @param inspectionId inspection of one unit in a round
 * @param township township code ({@code T01}) or group ({@code township-t01})
 * @param unit unit code ({@code T01V01}) or group ({@code village-t01v01})
 * @param department supervising department group ({@code dept-agriculture})
 * @param category finding category code
 * @param state item states (any of)
 * @param colour warning colours (any of)
 * @param overdue {@code true}: open and past the deadline; {@code false}: not overdue
 * @param dueWithinDays open items due from today to today + N days
 * @param flagged flagged for supervision (挂牌督办)
 * @param longTerm long-term items (长期整改)
 * @param q words in the finding text or the measures
 */
public record LedgerFilter(@Parameter(description = "巡察轮次 id / round id") @Positive Long roundId,
		@Parameter(description = "巡察(被巡察对象在本轮的巡察) id / inspection id") @Positive Long inspectionId,
		@Parameter(description = "乡镇(街道)编码或群组，如 T01 或 township-t01") @Size(max = 64) String township,
		@Parameter(description = "被巡察对象编码或群组，如 T01V01 或 village-t01v01") @Size(max = 64) String unit,
		@Parameter(description = "业务主管部门群组，如 dept-agriculture") @Size(max = 64) String department,
		@Parameter(description = "问题类别编码") @Size(max = 32) String category,
		@Parameter(description = "状态(可多选) / states") @Size(max = 5) Set<ItemState> state,
		@Parameter(description = "预警颜色(可多选) / colours") @Size(max = 4) Set<WarningColour> colour,
		@Parameter(description = "true=已逾期未销号; false=未逾期") Boolean overdue,
		@Parameter(description = "N 天内到期(未销号) / due within N days") @Min(0) @Max(3660) Integer dueWithinDays,
		@Parameter(description = "挂牌督办 / flagged") Boolean flagged,
		@Parameter(description = "长期整改 / long-term") Boolean longTerm,
		@Parameter(description = "全文检索：问题描述或整改措施中的文字 / full text") @Size(max = 100) String q) {

	/** No filter: every item the caller may read. */
	public static LedgerFilter none() {
		return new LedgerFilter(null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	public LedgerFilter withRound(Long round) {
		return new LedgerFilter(round, this.inspectionId, this.township, this.unit, this.department, this.category,
				this.state, this.colour, this.overdue, this.dueWithinDays, this.flagged, this.longTerm, this.q);
	}

}
