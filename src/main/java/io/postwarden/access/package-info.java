/** Access entries: the key/action lines of the access map on the mail hosts they apply to. */
package io.postwarden.access;
