package uk.lscb.cse;

/** One reason a plan or people file was refused: where (row 7, themes[2].actions[3]), which field, and why. */
public record ImportProblem(String where, String field, String reason) {
    @Override
    public String toString() {
        return where + (field == null ? "" : " " + field) + ": " + reason;
    }
}
