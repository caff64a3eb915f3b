/**
 * The action plan: actions, RAG, timescales, finding and summarising actions, and recording
 * progress. Depends on people (who may update an action), audit and db; never on chat, notify,
 * schedule or a platform's types (Slack, Microsoft), so both platforms and the notices build on it.
 */
package uk.lscb.cse.plan;
