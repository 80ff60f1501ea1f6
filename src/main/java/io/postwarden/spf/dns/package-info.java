/** The few DNS queries SPF checking needs, sent to a configured resolver only. */
package io.postwarden.spf.dns;
