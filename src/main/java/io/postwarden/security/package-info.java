/** Who may use the console and what they may do; the sealing of stored secrets. */
package io.postwarden.security;
