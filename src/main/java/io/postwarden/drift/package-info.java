/** Drift: whether each host still has what was pushed to it, checked on demand and on a schedule. */
package io.postwarden.drift;
