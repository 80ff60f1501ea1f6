/** SPF policies: the record grammar of RFC 7208, its builder, and the stored policy per domain name. */
package io.postwarden.spf;
