package uk.lscb.cse.plan.transfer;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * How big a plan may be (CSE_PLANS_MAX_ACTIONS): real plans have tens of actions, the benchmark
 * 2,000; a file of hundreds of thousands is a mistake that would hold the database for minutes.
 */
@ConfigurationProperties("cse.plans")
record PlanLimits(@Bindable(defaultValue = "5000") int maxActions) {
}
