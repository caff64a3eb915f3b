package uk.lscb.cse.plan;

import uk.lscb.cse.audit.Actor;

/** A lead's progress report on one action: a new RAG, a note, or both. The actor's {@code who} is their email. */
public record UpdateProgress(long planId, String ref, Rag rag, String note, Actor actor) {
}
