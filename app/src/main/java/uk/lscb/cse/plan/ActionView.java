package uk.lscb.cse.plan;

import uk.lscb.cse.audit.Source;

import java.time.Instant;
import java.util.List;

/** An action as people see it: what, who, when, its current RAG (its latest history entry) and lateness. */
public record ActionView(long id, long planId, String ref, int themePosition, String theme, String objective, String text,
                         String how, String outcomes, boolean priority, Timescale timescale, List<String> leadAgencies,
                         List<LeadPerson> leadPeople, List<String> reviewRefs, Rag rag, String ragWording,
                         LastUpdate lastUpdate, boolean overdue, long daysOverdue) {

    public record LeadPerson(String name, String email) {
    }

    public record LastUpdate(Instant at, String author, Source source, String note) {
    }

    /** Leads as written in a plan file: agencies by name, people by email. */
    public List<String> leads() {
        return java.util.stream.Stream.concat(leadAgencies.stream(), leadPeople.stream().map(LeadPerson::email)).toList();
    }
}
