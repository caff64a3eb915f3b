/**
 * Plan files in and out: the CSV and YAML formats, the checks that refuse a bad file whole, import
 * and export, and their HTTP API. Depends on plan, board, people, audit and db.
 */
package uk.lscb.cse.plan.transfer;
