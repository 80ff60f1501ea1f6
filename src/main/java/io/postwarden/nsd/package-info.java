/**
 * NSD: reads a zone file, edits its SPF TXT records and SOA serial line by line so the
 * rest of the file stays as written, plans the upload, {@code nsd-checkzone} and
 * {@code nsd-control reload} steps, and asks a DNS server for the served record.
 * Knows nothing of HTTP or SSH.
 */
package io.postwarden.nsd;
