package uk.lscb.cse.plan.editing;

import uk.lscb.cse.Invalid;
import uk.lscb.cse.plan.DuePrecision;
import uk.lscb.cse.plan.Timescale;
import uk.lscb.cse.plan.UnreadableValue;

/**
 * "March 2026 waiting on the new contract": the new timescale, then why. The timescale is the
 * shortest run of opening words that reads as a date (or "ongoing"); the rest is the reason.
 */
public final class DueWording {
    private static final int MOST_WORDS = 6;

    public record Split(Timescale timescale, String reason) {
    }

    private DueWording() {
    }

    public static Split split(String text, String ref) {
        String[] words = text == null ? new String[0] : text.strip().split("\\s+");
        for (int n = 1; n <= Math.min(MOST_WORDS, words.length); n++) {
            String wording = String.join(" ", java.util.Arrays.copyOf(words, n));
            Timescale read = read(wording);
            if (read != null && read.precision() != DuePrecision.NONE) {
                String reason = String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length)).strip();
                return new Split(read, reason.replaceFirst("^[-:–—,.]+\\s*", ""));
            }
        }
        throw new Invalid("I could not read a date at the start of \"" + DueWording.cut(text) + "\": say the new date, then"
                + " why, e.g. due " + ref + " March 2026 waiting on the new contract (or 31/03/2026, Q1 2026, ongoing)");
    }

    private static Timescale read(String wording) {
        try {
            return Timescale.read(wording);
        } catch (UnreadableValue e) {
            return null;
        }
    }

    private static String cut(String text) {
        return text == null ? "" : text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }
}
