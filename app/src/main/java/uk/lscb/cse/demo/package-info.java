/** The demo board loaded on a first run with the embedded database. Depends on board, plan, plan.transfer and audit. */
package uk.lscb.cse.demo;
