package io.postwarden.spf.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postwarden.syntax.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpfSuggesterTest {

    @Test
    void suggestsTheTutorialRecordWhenTheMailHostsAreTheMx() {
        Suggestion s = SpfSuggester.suggest(new SuggestionInput("target.milxc", List.of("100.120.0.25"), true, null));
        assertThat(s.record()).isEqualTo("v=spf1 mx -all");
        assertThat(s.reasons()).anyMatch(r -> r.startsWith("mx:")).anyMatch(r -> r.startsWith("-all:"));
    }

    @Test
    void listsAddressesWhenTheMailHostsAreNotTheMx() {
        Suggestion s = SpfSuggester.suggest(new SuggestionInput("example.org",
                List.of("192.0.2.10", "2001:DB8:0:0::25", "192.0.2.10"), false, null));
        assertThat(s.record()).isEqualTo("v=spf1 ip4:192.0.2.10 ip6:2001:db8::25 -all");
    }

    @Test
    void guessesTheProviderOfARelayHost() {
        assertThat(SpfSuggester.suggest(new SuggestionInput("example.org", List.of(), true, "[smtp.isp.example]:587")).record())
                .isEqualTo("v=spf1 mx include:isp.example -all");
        assertThat(SpfSuggester.suggest(new SuggestionInput("example.org", List.of(), false, "[192.0.2.7]:25")).record())
                .isEqualTo("v=spf1 ip4:192.0.2.7 -all");
        assertThat(SpfSuggester.suggest(new SuggestionInput("example.org", List.of(), false, "isp.example")).record())
                .isEqualTo("v=spf1 a:isp.example -all");
    }

    @Test
    void saysADomainWithoutSendersSendsNoMail() {
        Suggestion s = SpfSuggester.suggest(new SuggestionInput("parked.example", List.of(), false, null));
        assertThat(s.record()).isEqualTo("v=spf1 -all");
        assertThat(s.reasons().get(0)).contains("sends no mail");
    }

    @Test
    void refusesAnAddressThatIsNotOne() {
        assertThatThrownBy(() -> SpfSuggester.suggest(new SuggestionInput("example.org", List.of("mail; rm -rf /"), false, null)))
                .isInstanceOf(InvalidValueException.class);
    }
}
