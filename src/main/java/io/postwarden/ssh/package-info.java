/**
 * Runs commands and replaces files on a remote host over one pinned, authenticated SSH
 * connection; knows nothing of what the commands are for.
 */
package io.postwarden.ssh;
