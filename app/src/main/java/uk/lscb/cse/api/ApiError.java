package uk.lscb.cse.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import uk.lscb.cse.ImportProblem;

import java.util.List;

/** The body of every error reply: what went wrong and, for files, each problem with its row and field. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, List<ImportProblem> problems) {
}
