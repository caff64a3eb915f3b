/**
 * The application's entry point and the shared kernel: the refusals every feature throws
 * ({@link uk.lscb.cse.Invalid}, {@link uk.lscb.cse.NotFound}, {@link uk.lscb.cse.NotAllowed},
 * {@link uk.lscb.cse.RefusedFile}) and small helpers. Every package may use these; they import
 * nothing from the feature packages.
 */
package uk.lscb.cse;
