package uk.lscb.cse.chat;

import uk.lscb.cse.kpi.Kpi;
import uk.lscb.cse.kpi.KpiStanding;
import uk.lscb.cse.kpi.PeriodFigure;
import uk.lscb.cse.kpi.RecordingKpiValues;

import java.util.ArrayList;
import java.util.List;

/** Words the KPI replies for {@link ReplyViews}: each returns the view's summary and adds its parts. */
final class KpiWords {
    /** Periods a measure's view shows: two years of quarters. */
    static final int PERIODS_SHOWN = 8;

    private final List<Part> parts;
    private final Audience audience;
    private final boolean notes;

    KpiWords(List<Part> parts, Audience audience, boolean notes) {
        this.parts = parts;
        this.audience = audience;
        this.notes = notes;
    }

    String list(ChatReply.KpiList list) {
        KpiFigures figures = figures(list.exact(), list.rule());
        parts.add(new Part.Heading(list.title() + " (" + list.standings().size() + ")"));
        if (list.standings().isEmpty()) {
            parts.add(new Part.Lines(List.of(Text.of(list.whenEmpty()))));
            return list.title() + ": none";
        }
        parts.add(new Part.Lines(list.standings().stream().map(s -> Text.of("• ").strong(String.valueOf(s.kpi().number()))
                .plain(" " + Words.cut(s.kpi().measure(), 120) + " — " + s.kpi().owner() + " — " + state(s, figures)))
                .limit(ReplyViews.MAX_LINES).toList()));
        parts.add(new Part.Note(Text.of("").command("kpi 3").plain(" for one measure · ").command("kpi 3 42")
                .plain(" gives the latest period's value · ").command("kpi 3 Q2 42").plain(" an earlier one")));
        return list.title() + ": " + list.standings().size();
    }

    String detail(ChatReply.KpiDetail detail) {
        KpiStanding s = detail.standing();
        Kpi k = s.kpi();
        KpiFigures figures = figures(detail.exact(), detail.rule());
        parts.add(new Part.Heading(k.number() + ". " + Words.cut(k.measure(), 140)));
        List<Part.Fact> facts = new ArrayList<>(List.of(new Part.Fact("Owner", Text.of(k.owner()))));
        if (k.counted() != null) {
            facts.add(new Part.Fact("Counts", Text.of(Words.cut(k.counted(), 300))));
        }
        facts.add(new Part.Fact("Period", Text.of(k.frequency() == null ? "none set" : k.frequency().wording()
                + (k.frequency().months > 1 ? ", years from " + java.time.Month.of(k.yearStartMonth())
                .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) : "")
                + (k.byAgency() ? ", by agency" : ""))));
        if (k.target() != null) {
            facts.add(new Part.Fact("Target", Text.of(k.kind().format(k.target()) + (k.direction() == null ? ""
                    : k.direction() == uk.lscb.cse.kpi.Direction.HIGHER ? ", higher is better" : ", lower is better"))));
        }
        if (k.baseline() != null) {
            facts.add(new Part.Fact("Baseline", Text.of(k.kind().format(k.baseline()))));
        }
        if (k.oba() != null) {
            facts.add(new Part.Fact("OBA", Text.of(k.oba().question)));
        }
        parts.add(new Part.Facts(facts));
        List<PeriodFigure> shown = s.periods().stream().limit(PERIODS_SHOWN).toList();
        if (!shown.isEmpty()) {
            List<Text> lines = new ArrayList<>();
            for (int i = 0; i < shown.size(); i++) {
                PeriodFigure f = shown.get(i);
                PeriodFigure before = s.periods().stream().skip(i + 1).filter(PeriodFigure::given).findFirst().orElse(null);
                lines.add(Text.of("• ").strong(f.period().label()).plain(" " + figures.figure(k, f) + figures.trend(k, f, before)));
            }
            parts.add(new Part.Lines(lines));
        }
        parts.add(new Part.Lines(List.of(Text.of(state(s, figures)))));
        if (detail.mayGive() && s.wanted()) {
            PeriodFigure latest = s.latest().orElseThrow();
            parts.add(new Part.ValueInput(k.planId(), k.number(), latest.period().label(), k.measure(),
                    k.kind() != uk.lscb.cse.kpi.ValueKind.COUNT));
        }
        if (!figures.exact()) {
            parts.add(new Part.Note(Text.of("Counts under " + detail.rule().threshold() + " read \"fewer than "
                    + detail.rule().threshold() + "\" here; the owner and coordinators see exact values in a private chat.")));
        }
        return "Measure " + k.number() + ": " + Words.cut(k.measure(), 80);
    }

    String recorded(ChatReply.KpiRecorded reply) {
        RecordingKpiValues.Recorded r = reply.recorded();
        Kpi k = r.kpi();
        String period = r.entry().period();
        String given = audience == Audience.PRIVATE ? k.kind().format(r.entry().value())
                : reply.rule().one(r.entry().value(), k.kind()).text();
        String whose = r.entry().agency() == null ? "" : " (" + r.entry().agency() + "'s part)";
        List<Text> lines = new ArrayList<>(List.of(Text.of("✅ " + (r.replaced() == null ? "Saved " : "Corrected ") + period
                + whose + " of ").strong(String.valueOf(k.number())).plain(" " + Words.cut(k.measure(), 150) + ": ")
                .strong(given).plain(" by " + r.by())));
        if (audience == Audience.PRIVATE) {
            String rag = r.figure().rag() == null || r.entry().agency() != null ? "" : Words.rag(r.figure().rag()) + " against a target of "
                    + k.kind().format(k.target());
            String was = r.replaced() == null ? "" : "Replaces " + k.kind().format(r.replaced()) + " (kept in the history). ";
            if (!was.isEmpty() || !rag.isEmpty()) {
                lines.add(Text.of(was + rag));
            }
        }
        if (notes && r.entry().note() != null) {
            lines.add(new Text(List.of()).em(r.entry().note()));
        }
        parts.add(new Part.Lines(lines));
        return "Saved " + period + " of measure " + k.number() + ": " + given;
    }

    private KpiFigures figures(boolean exactForReader, uk.lscb.cse.kpi.SmallNumbers rule) {
        return new KpiFigures(exactForReader && audience == Audience.PRIVATE, rule);
    }

    private static String state(KpiStanding s, KpiFigures figures) {
        return switch (s.status()) {
            case NOT_COLLECTED -> "no period set";
            case NOT_STARTED -> "no period has closed yet";
            case DUE -> "⏰ " + s.latest().orElseThrow().period().label() + " is due: kpi " + s.kpi().number() + " 42 gives it";
            case OVERDUE -> "⚠️ " + s.latest().orElseThrow().period().label() + " is overdue";
            case UP_TO_DATE -> s.latest().orElseThrow().period().label() + ": " + figures.figure(s.kpi(), s.latest().orElseThrow());
        };
    }
}
