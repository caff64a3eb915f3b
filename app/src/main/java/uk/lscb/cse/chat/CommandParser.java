package uk.lscb.cse.chat;

import org.apache.commons.text.similarity.LevenshteinDistance;
import uk.lscb.cse.plan.Rag;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The command language shared by Slack and Teams: "status 2.3", "update 2.3 amber waiting on police data"… */
public final class CommandParser {
    /** Commands are short and typed on phones: two slips still name one. */
    private static final LevenshteinDistance EDIT_DISTANCE = LevenshteinDistance.getDefaultInstance();
    static final List<String> COMMANDS = List.of("help", "status", "mine", "overdue", "update", "note", "history",
            "pause", "resume", "kpi", "report", "due", "lead", "priority");
    private static final Pattern REF = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){0,3}[a-z]?", Pattern.CASE_INSENSITIVE);
    /** A person mentioned: Slack's <@U123|name>, or <@aad:object-id> as the Teams adapter writes its mentions. */
    static final Pattern SLACK_MENTION = Pattern.compile("<@([UW][A-Z0-9]+|aad:[0-9a-fA-F-]{36})(\\|[^>]*)?>");
    // "amber - waiting", "red: no venue", "done", "G waiting"
    private static final Pattern RAG_THEN_NOTE = Pattern.compile(
            "^\\s*([A-Za-z]+)\\s*(?:[-:–—,.]+\\s*|\\s+|$)(.*)$", Pattern.DOTALL);
    private static final Pattern NOTE_PREFIX = Pattern.compile("^\\s*note\\b\\s*[:\\-–]?\\s*(.+)$", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private CommandParser() {
    }

    public static Command parse(String text) {
        String input = text == null ? "" : text.strip();
        if (input.isEmpty()) {
            return new Command.Help();
        }
        String[] words = input.split("\\s+", 2);
        String verb = words[0].toLowerCase(Locale.ROOT);
        String rest = words.length > 1 ? words[1].strip() : "";
        return switch (verb) {
            case "help", "?" -> new Command.Help();
            case "status" -> status(rest);
            case "mine", "my" -> new Command.Mine();
            case "overdue", "late" -> new Command.Overdue();
            case "update" -> update(rest);
            case "note" -> note(rest);
            case "history" -> needsRef(rest, "history").map(Command.class::cast).orElseGet(() -> new Command.History(firstWord(rest)));
            case "pause" -> pause(rest);
            case "resume", "unpause" -> new Command.Resume();
            case "report" -> report(rest);
            case "kpi", "kpis" -> KpiCommands.parse(rest);
            case "due" -> EditParser.due(rest);
            case "lead", "leads" -> EditParser.lead(rest);
            case "priority" -> EditParser.priority(rest);
            default -> new Command.Unreadable("I don't know \"" + words[0] + "\"." + closest(verb)
                    .map(c -> " Did you mean \"" + c + "\"?").orElse("") + " Try help for what I can do.");
        };
    }

    private static Command report(String rest) {
        String[] dates = rest.isBlank() ? new String[0] : rest.split("\\s+");
        if (dates.length > 2 || java.util.Arrays.stream(dates).anyMatch(d -> !d.matches("\\d{4}-\\d{2}-\\d{2}"))) {
            return new Command.Unreadable("Say the period as dates, or nothing for since the last report: report, report"
                    + " 2016-01-01, or report 2016-01-01 2016-03-31.");
        }
        return new Command.Report(dates.length > 0 ? dates[0] : null, dates.length > 1 ? dates[1] : null);
    }

    private static Command pause(String rest) {
        try {
            return new Command.Pause(java.time.LocalDate.parse(firstWord(rest)));
        } catch (java.time.format.DateTimeParseException e) {
            return new Command.Unreadable("Say until when, as a date: pause 2025-08-31 (no alerts or reminders until"
                    + " the end of that day); resume to start again sooner.");
        }
    }

    /**
     * The command's verb, for a log line: one of the known verbs, or "(unknown)". Never the rest of
     * the text, which may be a progress note, nor an unknown first word, which may be anything.
     */
    public static String verb(String text) {
        String first = text == null || text.isBlank() ? "help" : text.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        return COMMANDS.contains(first) ? first : "(unknown)";
    }

    /**
     * A reply in the thread of a message about one action: "amber - waiting on police data",
     * "done", "red: no venue", or "note: …". Empty when it reads as neither.
     */
    public static Optional<Command> parseReply(String ref, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher note = NOTE_PREFIX.matcher(text);
        if (note.matches()) {
            return Optional.of(new Command.Note(ref, note.group(1).strip()));
        }
        Matcher m = RAG_THEN_NOTE.matcher(text);
        if (m.matches()) {
            Optional<Rag> rag = ragWord(m.group(1));
            if (rag.isPresent()) {
                String rest = m.group(2).strip();
                return Optional.of(new Command.Update(ref, rag.get(), rest.isEmpty() ? null : rest));
            }
        }
        return Optional.empty();
    }

    /**
     * One line of a reply to a whole-plan message (the one-message digest), naming its action:
     * "2.1 amber waiting on police data", "2.3 done - report published", "note 4.1 venue booked",
     * "update 2.1 red no venue". Empty when the line names no action.
     */
    public static Optional<Command> parseRefLine(String line) {
        String input = line == null ? "" : line.strip();
        String[] words = input.split("\\s+", 2);
        String verb = words[0].toLowerCase(Locale.ROOT);
        String rest = words.length > 1 ? words[1].strip() : "";
        if ((verb.equals("note") || verb.equals("update")) && REF.matcher(firstWord(rest)).matches()) {
            return Optional.of(verb.equals("note") ? note(rest) : update(rest));
        }
        if (!REF.matcher(words[0]).matches()) {
            return Optional.empty();
        }
        return Optional.of(parseReply(words[0], rest).orElseGet(() -> new Command.Unreadable("After " + words[0]
                + " say the RAG and a note, e.g. " + words[0] + " amber waiting on police data, or " + words[0]
                + " note venue booked.")));
    }

    /** A single RAG word as people type it: red, amber, green, done, complete, r, a, g. */
    static Optional<Rag> ragWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return switch (w) {
            case "r", "red" -> Optional.of(Rag.RED);
            case "a", "amber" -> Optional.of(Rag.AMBER);
            case "g", "green" -> Optional.of(Rag.GREEN);
            case "done", "complete", "completed", "blue", "finished" -> Optional.of(Rag.COMPLETE);
            default -> Optional.empty();
        };
    }

    private static Command status(String rest) {
        if (rest.isEmpty()) {
            return new Command.PlanStatus();
        }
        Matcher mention = SLACK_MENTION.matcher(rest);
        if (mention.matches()) {
            return new Command.PersonStatus(mention.group(1));
        }
        String[] words = rest.split("\\s+");
        if (REF.matcher(words[0]).matches()) {
            boolean share = words.length > 1 && words[1].equalsIgnoreCase("share");
            return new Command.ActionStatus(words[0], share);
        }
        return new Command.AgencyStatus(rest);
    }

    private static Command update(String rest) {
        Optional<Command.Unreadable> missing = needsRef(rest, "update");
        if (missing.isPresent()) {
            return missing.get();
        }
        String[] words = rest.split("\\s+", 3);
        String ref = words[0];
        if (words.length < 2) {
            return new Command.Unreadable("Say the new RAG: update " + ref + " amber waiting on police data"
                    + " (red, amber, green or done).");
        }
        Matcher m = RAG_THEN_NOTE.matcher(rest.substring(ref.length()).strip());
        Optional<Rag> rag = m.matches() ? ragWord(m.group(1)) : Optional.empty();
        if (rag.isEmpty()) {
            return new Command.Unreadable("\"" + words[1] + "\" is not a RAG rating: use red, amber, green or done,"
                    + " e.g. update " + ref + " amber waiting on police data.");
        }
        String note = m.group(2).strip();
        return new Command.Update(ref, rag.get(), note.isEmpty() ? null : note);
    }

    private static Command note(String rest) {
        Optional<Command.Unreadable> missing = needsRef(rest, "note");
        if (missing.isPresent()) {
            return missing.get();
        }
        String[] words = rest.split("\\s+", 2);
        if (words.length < 2 || words[1].isBlank()) {
            return new Command.Unreadable("Say what to note: note " + words[0] + " venue booked for March.");
        }
        return new Command.Note(words[0], words[1].strip());
    }

    static Optional<Command.Unreadable> needsRef(String rest, String verb) {
        String first = firstWord(rest);
        if (first.isEmpty() || !REF.matcher(first).matches()) {
            String example = switch (verb) {
                case "update" -> "update 2.3 amber waiting on police data";
                case "note" -> "note 2.3 venue booked for March";
                case "due" -> "due 2.3 March 2026 waiting on the new contract";
                case "lead" -> "lead 2.3 add @person";
                case "priority" -> "priority 2.3 on";
                default -> verb + " 2.3";
            };
            return Optional.of(new Command.Unreadable("Say which action, by its number: " + example + "."));
        }
        return Optional.empty();
    }

    private static String firstWord(String text) {
        return text.isBlank() ? "" : text.strip().split("\\s+", 2)[0];
    }

    private static Optional<String> closest(String verb) {
        return COMMANDS.stream().filter(c -> EDIT_DISTANCE.apply(c, verb) <= 2).findFirst();
    }
}
