/**
 * The action plan: actions, RAG, timescales, finding and summarising actions, and recording
 * progress, each note past the safeguarding guard. Depends on people (who may update an action),
 * board (the guard's per-board settings), audit and db; never on chat, notify, schedule or a
 * platform's types (Slack, Microsoft), so both platforms and the notices build on it.
 */
package uk.lscb.cse.plan;
