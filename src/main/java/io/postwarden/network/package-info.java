/** Trusted networks: the CIDRs that become mynetworks on the mail hosts they apply to. */
package io.postwarden.network;
