/** Checks an SPF record against the rules of RFC 7208 that receivers enforce, with findings a person can act on. */
package io.postwarden.spf.lint;
