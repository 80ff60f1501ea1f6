/**
 * Who may use the console and what they may do: the two filter chains (API and pages),
 * bearer tokens, login throttling, users' storage; and the sealing of stored secrets.
 */
package io.postwarden.security;
