package uk.lscb.cse.plan.transfer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import uk.lscb.cse.plan.FindingUnchasedActions;

import java.util.List;

/**
 * The answer to a plan import: the counts, then what the board manager should check. Which column
 * went where and which were ignored (a file's own headings), warnings (no lead or timescale column),
 * recommendations referred to whose text the file did not give, and the actions no one can be chased
 * about because none of their leads is a person on the board.
 */
public record ImportReply(@JsonUnwrapped ImportingPlan.Imported imported,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<PlanHeaders.Use> columns,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> ignoredColumns,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> warnings,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> recommendationsWithoutText,
                          List<FindingUnchasedActions.Unchased> noOneToChase) {
}
