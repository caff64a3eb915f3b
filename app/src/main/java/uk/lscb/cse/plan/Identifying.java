package uk.lscb.cse.plan;

/**
 * The kinds of child-identifying detail the {@link SafeguardingGuard} refuses. A refusal names the
 * kind, never the text found: the note may be about a child, and the refusal is shown and stored
 * where the note would not be.
 */
public enum Identifying {
    CASE_RECORD("a case-record number"),
    NHS_NUMBER("an NHS number"),
    DATE_OF_BIRTH("a date of birth"),
    HOME_ADDRESS("a home address"),
    NAME_WITH_DATE_OF_BIRTH("a name next to a date of birth"),
    AGE_WITH_NAME("an age next to a name"),
    YEAR_GROUP_WITH_NAME("a named child's school year group");

    private final String what;

    Identifying(String what) {
        this.what = what;
    }

    /** "it contains what looks like an NHS number" */
    public String concern() {
        return "it contains what looks like " + what;
    }
}
