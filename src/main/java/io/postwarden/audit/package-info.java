/**
 * The audit trail: an append-only record of who changed what (with the object before and
 * after, secrets redacted) and of every login, with its page and API.
 */
package io.postwarden.audit;
