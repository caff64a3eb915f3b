package uk.lscb.cse.board;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import uk.lscb.cse.Invalid;

/**
 * How long a board keeps the records that name people or their chat accounts beyond the plan
 * itself; a daily job deletes what is older (README "Data protection").
 *
 * @param slackEventDays     ids of Slack events already handled (Slack redelivers within the hour)
 * @param deliveryMonths     finished rows of the delivery ledger (sent or not sent), counted from sending
 * @param conversationDays   Teams conversation references of people who are not (or no longer) the
 *                           board's people, counted from their last use
 */
@Embeddable
public record Retention(int slackEventDays, int deliveryMonths, int conversationDays) {
    public static final Retention DEFAULT = new Retention(30, 24, 30);

    /** Changes to a board's retention; null leaves a setting as it is. */
    public record Changes(@Nullable Integer slackEventDays, @Nullable Integer deliveryMonths,
                          @Nullable Integer conversationDays) {
    }

    Retention with(@Nullable Changes changes) {
        if (changes == null) {
            return this;
        }
        return new Retention(
                within("retention.slackEventDays", changes.slackEventDays(), slackEventDays, 1, 365, "days"),
                // At least 3 months: the digest and the escalations read the last weeks of the ledger.
                within("retention.deliveryMonths", changes.deliveryMonths(), deliveryMonths, 3, 120, "months"),
                within("retention.conversationDays", changes.conversationDays(), conversationDays, 1, 365, "days"));
    }

    private static int within(String field, @Nullable Integer given, int old, int min, int max, String unit) {
        if (given == null) {
            return old;
        }
        if (given < min || given > max) {
            throw new Invalid(field + " must be between " + min + " and " + max + " " + unit + ", not " + given);
        }
        return given;
    }

    String describe() {
        return "slackEventDays=" + slackEventDays + ", deliveryMonths=" + deliveryMonths
                + ", conversationDays=" + conversationDays;
    }
}
