/** Postwarden: a console that keeps the mail policy of a fleet and pushes it over SSH. */
package io.postwarden;
