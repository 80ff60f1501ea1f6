/** Proposes a first SPF record from what is known of a domain's mail hosts and relay. */
package io.postwarden.spf.suggest;
