/**
 * The admin HTTP API's edge: the bearer token check and JSON error replies. Depends on the shared
 * refusals and db only; each feature serves its own endpoints.
 */
package uk.lscb.cse.api;
