/**
 * The admin HTTP API's edge: who is calling (the environment's token or a person's admin token,
 * made, listed and revoked here, and bound as the request's {@link java.security.Principal} so that
 * every change is recorded as the token's owner), what a board manager's token may call
 * ({@code BoardScopes}: its own board's routes only), and JSON error replies. Depends on the shared
 * refusals, audit, people (an erased person's tokens) and db only; each feature serves its own endpoints.
 */
package uk.lscb.cse.api;
