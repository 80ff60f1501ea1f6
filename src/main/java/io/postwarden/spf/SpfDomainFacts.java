package io.postwarden.spf;

import io.postwarden.spf.suggest.SuggestionInput;
import java.util.Optional;

/** What the console knows of a domain's outgoing mail, for a suggested record; empty for an unknown domain. */
public interface SpfDomainFacts {

    Optional<SuggestionInput> factsFor(String domainName);
}
