package io.postwarden.postfix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PostconfOutputTest {

    @Test
    void readsMainCfWithContinuationLinesCommentsAndRedefinitions() {
        String mainCf = """
                # comment
                relayhost =
                smtpd_recipient_restrictions =
                   reject_unauth_destination,
                   check_policy_service unix:private/policyd-spf
                mynetworks = 127.0.0.0/8
                mynetworks = 127.0.0.0/8 100.120.0.0/24
                """;
        assertThat(PostconfOutput.parameters(mainCf)).containsExactly(
                Map.entry("relayhost", ""),
                Map.entry("smtpd_recipient_restrictions", "reject_unauth_destination, check_policy_service unix:private/policyd-spf"),
                Map.entry("mynetworks", "127.0.0.0/8 100.120.0.0/24"));
    }

    @Test
    void separatesServiceFieldsFromTheirOverrides() {
        String master = """
                smtp       inet  n       -       y       -       -       smtpd
                submission inet  n       -       n       -       -       smtpd -o smtpd_client_restrictions=$mua_client_restrictions -o { smtpd_tls_security_level = encrypt }
                policyd-spf unix -       n       n       -       0       spawn user=policyd-spf argv=/usr/bin/policyd-spf
                """;
        String overrides = """
                submission/inet/smtpd_client_restrictions = $mua_client_restrictions
                submission/inet/smtpd_tls_security_level = encrypt
                """;
        Map<String, MasterService> services = PostconfOutput.services(master, overrides);
        assertThat(services.get("submission/inet").entry()).isEqualTo("submission inet n - n - - smtpd");
        assertThat(services.get("submission/inet").overrides()).containsEntry("smtpd_tls_security_level", "encrypt");
        assertThat(services.get("policyd-spf/unix").command()).isEqualTo("spawn user=policyd-spf argv=/usr/bin/policyd-spf");
        assertThat(services.get("smtp/inet").overrides()).isEmpty();
    }

    @Test
    void switchesPolicydBetweenObservingAndEnforcingKeepingOtherLines() {
        String config = "debugLevel = 1\nHELO_reject = Fail\nMail_From_reject = Fail\nskip_addresses = 127.0.0.0/8\n";
        String observe = PolicydSpfConfig.withRejects(config, false);
        assertThat(observe).isEqualTo("debugLevel = 1\nHELO_reject = False\nMail_From_reject = False\nskip_addresses = 127.0.0.0/8\n");
        assertThat(PolicydSpfConfig.withRejects(observe, true)).isEqualTo(config);
    }
}
