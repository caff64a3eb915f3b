package uk.lscb.cse.plan.transfer;

/** One reason a plan file was refused: where (row 7, themes[2].actions[3]), which field, and why. */
public record ImportProblem(String where, String field, String reason) {
    @Override
    public String toString() {
        return where + (field == null ? "" : " " + field) + ": " + reason;
    }
}
