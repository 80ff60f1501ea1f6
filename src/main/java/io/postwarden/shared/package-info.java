/** Failures every feature reports the same way, whatever the entry point (page, API, import). */
package io.postwarden.shared;
