package uk.lscb.cse.chat;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/** The edit verbs of the command language: "due 2.3 March 2026 …", "lead 2.3 add @person", "priority 2.3 on". */
final class EditParser {
    private EditParser() {
    }

    static Command due(String rest) {
        Optional<Command.Unreadable> missing = CommandParser.needsRef(rest, "due");
        if (missing.isPresent()) {
            return missing.get();
        }
        String[] words = rest.split("\\s+", 2);
        if (words.length < 2) {
            return new Command.Unreadable("Say the new date and why: due " + words[0] + " March 2026 waiting on the new contract.");
        }
        return new Command.MoveDue(words[0], words[1].strip());
    }

    static Command lead(String rest) {
        Optional<Command.Unreadable> missing = CommandParser.needsRef(rest, "lead");
        if (missing.isPresent()) {
            return missing.get();
        }
        String[] words = rest.split("\\s+", 3);
        String op = words.length > 1 ? words[1].toLowerCase(Locale.ROOT) : "";
        if (words.length < 3 || !(op.equals("add") || op.equals("remove"))) {
            return new Command.Unreadable("Say add or remove, and who: lead " + words[0] + " add @person, or lead "
                    + words[0] + " remove Police.");
        }
        String who = words[2].strip();
        Matcher mention = CommandParser.SLACK_MENTION.matcher(who);
        if (mention.lookingAt()) {
            String reason = who.substring(mention.end()).strip();
            return new Command.ChangeLead(words[0], op.equals("add"), mention.group(1), true, reason.isEmpty() ? null : reason);
        }
        return new Command.ChangeLead(words[0], op.equals("add"), who, false, null);
    }

    static Command priority(String rest) {
        Optional<Command.Unreadable> missing = CommandParser.needsRef(rest, "priority");
        if (missing.isPresent()) {
            return missing.get();
        }
        String[] words = rest.split("\\s+", 3);
        Boolean on = words.length < 2 ? null : switch (words[1].toLowerCase(Locale.ROOT)) {
            case "on", "yes", "true", "set" -> Boolean.TRUE;
            case "off", "no", "false", "clear" -> Boolean.FALSE;
            default -> null;
        };
        if (on == null) {
            return new Command.Unreadable("Say on or off: priority " + words[0] + " on (a top priority), or priority "
                    + words[0] + " off.");
        }
        return new Command.SetPriority(words[0], on, words.length > 2 ? words[2].strip() : null);
    }
}
