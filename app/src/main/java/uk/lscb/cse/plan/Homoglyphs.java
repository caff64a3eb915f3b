package uk.lscb.cse.plan;

import java.text.Normalizer;
import java.util.Map;

/**
 * Latin letters as text pasted from a PDF sometimes carries them: a Greek or Cyrillic capital that
 * looks the same ("А" for "A"), or a full-width form. Each is folded to the Latin letter it looks like,
 * so "АMBER" reads as the board meant it.
 */
final class Homoglyphs {
    private static final Map<Character, Character> LOOKALIKES = Map.ofEntries(
            // Greek capitals
            Map.entry('\u0391', 'A'), Map.entry('\u0392', 'B'), Map.entry('\u0395', 'E'), Map.entry('\u0396', 'Z'),
            Map.entry('\u0397', 'H'), Map.entry('\u0399', 'I'), Map.entry('\u039a', 'K'), Map.entry('\u039c', 'M'),
            Map.entry('\u039d', 'N'), Map.entry('\u039f', 'O'), Map.entry('\u03a1', 'P'), Map.entry('\u03a4', 'T'),
            Map.entry('\u03a5', 'Y'), Map.entry('\u03a7', 'X'),
            // Cyrillic capitals and the small letters that look Latin
            Map.entry('\u0410', 'A'), Map.entry('\u0412', 'B'), Map.entry('\u0415', 'E'), Map.entry('\u041a', 'K'),
            Map.entry('\u041c', 'M'), Map.entry('\u041d', 'H'), Map.entry('\u041e', 'O'), Map.entry('\u0420', 'P'),
            Map.entry('\u0421', 'C'), Map.entry('\u0422', 'T'), Map.entry('\u0425', 'X'), Map.entry('\u0406', 'I'),
            Map.entry('\u0430', 'a'), Map.entry('\u0435', 'e'), Map.entry('\u043e', 'o'), Map.entry('\u0440', 'p'),
            Map.entry('\u0441', 'c'), Map.entry('\u0445', 'x'), Map.entry('\u0456', 'i'));

    private Homoglyphs() {
    }

    static String latin(String text) {
        // NFKC first: full-width "Ｇ" and other compatibility forms become their plain letters.
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            out.append(LOOKALIKES.getOrDefault(c, c));
        }
        return out.toString();
    }
}
