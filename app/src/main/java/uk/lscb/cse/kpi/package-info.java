/**
 * The plan's measures (KPIs): what is counted, by whom, how often; their values per period, entered
 * append-only with who, when and where; the period calendar; RAG against target; and the small-number
 * rule every shared rendering applies. A kernel like {@code plan}: no chat, notices or schedules here.
 */
package uk.lscb.cse.kpi;
