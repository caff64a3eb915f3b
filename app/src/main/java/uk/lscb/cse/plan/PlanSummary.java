package uk.lscb.cse.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The plan at a glance: counts by RAG and theme, what is late, what has gone quiet, what matters most. */
public record PlanSummary(long planId, String title, String board, LocalDate asOf, int actions, Map<Rag, Integer> byRag,
                          List<ThemeCount> byTheme, int overdue, int notUpdatedFor28Days, int timescalesToSet,
                          List<Brief> priorityNotGreen, int noOneToChase, int slipped) {

    /**
     * {@code noOneToChase}: open actions whose leads have no person on the board; {@code slipped}: live
     * actions whose due date has moved at least once.
     */
    public PlanSummary(long planId, String title, String board, LocalDate asOf, int actions, Map<Rag, Integer> byRag,
                       List<ThemeCount> byTheme, int overdue, int notUpdatedFor28Days, int timescalesToSet,
                       List<Brief> priorityNotGreen, int noOneToChase) {
        this(planId, title, board, asOf, actions, byRag, byTheme, overdue, notUpdatedFor28Days, timescalesToSet,
                priorityNotGreen, noOneToChase, 0);
    }

    public PlanSummary(long planId, String title, String board, LocalDate asOf, int actions, Map<Rag, Integer> byRag,
                       List<ThemeCount> byTheme, int overdue, int notUpdatedFor28Days, int timescalesToSet,
                       List<Brief> priorityNotGreen) {
        this(planId, title, board, asOf, actions, byRag, byTheme, overdue, notUpdatedFor28Days, timescalesToSet,
                priorityNotGreen, 0);
    }

    public record ThemeCount(int position, String name, int actions, Map<Rag, Integer> byRag, int overdue) {
    }

    /** Enough to name an action in a list: ref, text, RAG and leads — nothing else. */
    public record Brief(String ref, String text, Rag rag, List<String> leads) {
    }
}
