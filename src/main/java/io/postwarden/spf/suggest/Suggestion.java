package io.postwarden.spf.suggest;

import java.util.List;

/** A proposed record and, for each of its parts, why it is there. */
public record Suggestion(String record, List<String> reasons) {
}
