package uk.lscb.cse;

import java.util.List;

/** Thrown when a plan or people file has problems; nothing has been written. */
public class RefusedFile extends RuntimeException {
    private final List<ImportProblem> problems;

    public RefusedFile(List<ImportProblem> problems) {
        super(problems.size() + " problem(s) in the file, nothing was imported: " + problems.get(0)
                + (problems.size() > 1 ? " …" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
