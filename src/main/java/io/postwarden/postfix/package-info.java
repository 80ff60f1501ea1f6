/**
 * Postfix: renders the desired main.cf parameters, master.cf services and access map
 * of a mail host, reads what a host has from postconf output, and plans the postconf,
 * postmap and postfix commands between the two. Knows nothing of HTTP.
 */
package io.postwarden.postfix;
