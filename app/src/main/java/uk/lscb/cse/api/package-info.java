/** The admin HTTP API's edge: the bearer token check and JSON error replies. */
package uk.lscb.cse.api;
