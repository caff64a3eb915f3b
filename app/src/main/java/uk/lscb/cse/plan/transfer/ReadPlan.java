package uk.lscb.cse.plan.transfer;

/** A plan file as read: the plan, and what the reader made of the file's columns. */
record ReadPlan(PlanDocument document, PlanHeaders.Report columns) {
}
