package io.postwarden.access;

import io.postwarden.syntax.AccessAction;
import io.postwarden.syntax.AccessKey;

/** One active line of a host's access map, already parsed: the push renders it as {@code key action}. */
public record AccessRule(AccessKey key, AccessAction action) {
}
