package uk.lscb.cse.plan;

import java.text.Normalizer;

/**
 * A note as the guard reads it. People paste from case systems, phones and Word: full-width
 * digits, non-breaking and doubled spaces, a zero-width space inside a number, curly apostrophes,
 * accents. Each is folded to one plain form first, so every pattern after it is written once.
 */
final class NoteText {
    private NoteText() {
    }

    static String normalise(String note) {
        // NFKD: full-width and other compatibility forms become plain ones, accents split off to be dropped.
        String decomposed = Normalizer.normalize(note, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean spaced = false;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                spaced = !out.isEmpty();
                continue;
            }
            if (type == Character.FORMAT || type == Character.CONTROL || type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) {
                continue; // zero-width spaces and joiners, soft hyphens, accents: invisible, or not needed to match
            }
            if (spaced) {
                out.append(' ');
                spaced = false;
            }
            if (Character.isDigit(c)) {
                out.append((char) ('0' + Character.digit(c, 10)));
            } else if (type == Character.DASH_PUNCTUATION || c == '\u2212') {
                out.append('-');
            } else if (c == '\u2018' || c == '\u2019' || c == '\u02bc' || c == '\u2032' || c == '`') {
                out.append('\'');
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }
}
