package uk.lscb.cse.kpi;

import java.util.Locale;
import java.util.Optional;

/** Outcomes-Based Accountability: how much did we do, how well did we do it, is anyone better off. */
public enum Oba {
    HOW_MUCH("How much did we do?"), HOW_WELL("How well did we do it?"), BETTER_OFF("Is anyone better off?");

    public final String question;

    Oba(String question) {
        this.question = question;
    }

    public static Optional<Oba> read(String wording) {
        if (wording == null) {
            return Optional.empty();
        }
        String w = wording.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip();
        if (w.startsWith("how much")) {
            return Optional.of(HOW_MUCH);
        }
        if (w.startsWith("how well")) {
            return Optional.of(HOW_WELL);
        }
        return w.contains("better off") ? Optional.of(BETTER_OFF) : Optional.empty();
    }

    /** The file wording: how much, how well, better off. */
    public String wording() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
