/**
 * Pushes: one run of plan, backup, apply, validate, reload and verify for a set of
 * hosts, kept as a persisted job with every step and its output; host locks in the
 * database so that two consoles never push one host at once.
 */
package io.postwarden.push;
