package io.postwarden.postfix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EffectiveRestrictionsTest {

    @Test
    void anOverrideWinsOverMainCfAndItsReferencesAreExpanded() {
        Map<String, String> main = new LinkedHashMap<>();
        main.put("smtpd_client_restrictions", "permit");
        main.put("mua_client_restrictions", "permit_mynetworks, reject");
        main.put("smtpd_recipient_restrictions", "reject_unauth_destination");
        Map<String, MasterService> services = new LinkedHashMap<>();
        services.put("smtp/inet", new MasterService("smtp", "inet", "n", "-", "y", "-", "-", "smtpd", Map.of()));
        services.put("submission/inet", new MasterService("submission", "inet", "n", "-", "y", "-", "-", "smtpd",
                Map.of("smtpd_client_restrictions", "$mua_client_restrictions")));
        services.put("pickup/unix", new MasterService("pickup", "unix", "n", "-", "y", "60", "1", "pickup", Map.of()));

        List<EffectiveRestrictions.Service> result = EffectiveRestrictions.of(
                new PostfixActualState(main, services, Optional.empty(), false, Optional.empty()));

        assertThat(result).extracting(EffectiveRestrictions.Service::service).containsExactly("smtp/inet", "submission/inet");
        EffectiveRestrictions.Row smtpClient = result.get(0).rows().get(0);
        assertThat(smtpClient.effective()).isEqualTo("permit");
        assertThat(smtpClient.override()).isNull();
        EffectiveRestrictions.Row submissionClient = result.get(1).rows().get(0);
        assertThat(submissionClient.mainCf()).isEqualTo("permit");
        assertThat(submissionClient.override()).isEqualTo("$mua_client_restrictions");
        assertThat(submissionClient.effective()).isEqualTo("permit_mynetworks, reject");
        assertThat(result.get(1).rows()).filteredOn(r -> r.parameter().equals("smtpd_helo_restrictions"))
                .extracting(EffectiveRestrictions.Row::effective).containsExactly("(Postfix default)");
    }

    @Test
    void aReferenceLoopStopsInsteadOfRecursingForever() {
        assertThat(EffectiveRestrictions.expand("$a", Map.of("a", "$b", "b", "$a"), 0)).contains("$");
    }
}
