package io.postwarden.postfix;

import static org.assertj.core.api.Assertions.assertThat;

import io.postwarden.settings.MailSettingsValues;
import io.postwarden.settings.SpfEnforcement;
import io.postwarden.syntax.Cidr;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostfixRendererTest {

    @Test
    void rendersTheSeedTableOfTheTutorial() {
        PostfixDesiredState state = PostfixRenderer.render(SeedPolicies.seed(SeedPolicies.DEBIAN));

        assertThat(state.parameters()).containsEntry("inet_interfaces", "all")
                .containsEntry("mynetworks", "127.0.0.0/8 100.120.0.0/24")
                .containsEntry("smtpd_helo_required", "yes")
                .containsEntry("relayhost", "[mail.isp-a.milxc]:587")
                .containsEntry("mua_client_restrictions", "permit_mynetworks, reject")
                .containsEntry("mua_sender_restrictions", "hash:/etc/postfix/access, reject")
                .containsEntry("policyd-spf_time_limit", "3600")
                .containsEntry("smtpd_recipient_restrictions", "reject_unauth_destination, check_policy_service unix:private/policyd-spf");
        assertThat(state.services()).extracting(MasterService::entry).containsExactly(
                "submission inet n - n - - smtpd",
                "policyd-spf unix - n n - 0 spawn user=policyd-spf argv=/usr/bin/policyd-spf");
        assertThat(state.services().get(0).overrides()).containsExactly(
                java.util.Map.entry("smtpd_reject_unlisted_recipient", "no"),
                java.util.Map.entry("smtpd_client_restrictions", "$mua_client_restrictions"),
                java.util.Map.entry("smtpd_sender_restrictions", "$mua_sender_restrictions"));
        assertThat(state.accessMapText()).endsWith("\nisp-a.milxc OK\n");
        assertThat(state.policydSpfRejects()).isTrue();
    }

    @Test
    void writesIpv6NetworksInBracketsAsPostfixRequires() {
        PostfixPolicy policy = new PostfixPolicy(MailSettingsValues.seed("x"), List.of(Cidr.parse("::1/128"), Cidr.parse("2001:db8::/32")),
                List.of(), SeedPolicies.DEBIAN);
        assertThat(PostfixRenderer.render(policy).parameters().get("mynetworks")).isEqualTo("[::1]/128 [2001:db8::]/32");
    }

    @Test
    void turningSpfOffRemovesThePolicyServiceAndItsCheck() {
        MailSettingsValues seed = MailSettingsValues.seed("x");
        MailSettingsValues off = new MailSettingsValues("x", seed.inetInterfaces(), true, seed.relayHost(), true, false,
                seed.submissionClientRestrictions(), seed.submissionSenderRestrictions(), SpfEnforcement.OFF, 3600);
        PostfixDesiredState state = PostfixRenderer.render(new PostfixPolicy(off, List.of(), List.of(), SeedPolicies.DEBIAN));
        assertThat(state.parameters()).containsEntry("smtpd_recipient_restrictions", "reject_unauth_destination");
        assertThat(state.absentParameters()).contains("policyd-spf_time_limit");
        assertThat(state.absentServices()).contains("policyd-spf/unix");
        assertThat(state.policydSpfRejects()).isNull();
    }

    @Test
    void observeModeKeepsThePolicyServiceButDoesNotReject() {
        MailSettingsValues seed = MailSettingsValues.seed("x");
        MailSettingsValues observe = new MailSettingsValues("x", seed.inetInterfaces(), true, seed.relayHost(), true, false,
                seed.submissionClientRestrictions(), seed.submissionSenderRestrictions(), SpfEnforcement.OBSERVE, 3600);
        PostfixDesiredState state = PostfixRenderer.render(new PostfixPolicy(observe, List.of(), List.of(), SeedPolicies.DEBIAN));
        assertThat(state.services()).extracting(MasterService::key).contains("policyd-spf/unix");
        assertThat(state.policydSpfRejects()).isFalse();
    }
}
