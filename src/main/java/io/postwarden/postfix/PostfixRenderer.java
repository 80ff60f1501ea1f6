package io.postwarden.postfix;

import io.postwarden.settings.MailSettingsValues;
import io.postwarden.settings.SpfEnforcement;
import io.postwarden.syntax.Cidr;
import io.postwarden.syntax.RelayHost;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Renders the desired Postfix state of one mail host from its policy. Pure: no I/O. */
public final class PostfixRenderer {

    public static final String ACCESS_MAP_HEADER = """
            # Managed by Postwarden: this file is replaced by every push.
            # Edit the access entries in the console instead.
            """;

    static final String SUBMISSION = "submission/inet";
    static final String POLICYD_SPF = "policyd-spf/unix";
    static final String POLICY_CHECK = "check_policy_service unix:private/policyd-spf";

    private PostfixRenderer() {
    }

    public static PostfixDesiredState render(PostfixPolicy policy) {
        MailSettingsValues settings = policy.settings();
        String accessMap = policy.paths().accessMapReference();
        boolean spf = settings.spfEnforcement().usesPolicyDaemon();

        Map<String, String> parameters = new LinkedHashMap<>();
        Set<String> absentParameters = new LinkedHashSet<>();
        List<MasterService> services = new ArrayList<>();
        Set<String> absentServices = new LinkedHashSet<>();

        parameters.put("inet_interfaces", settings.inetInterfaces().toString());
        parameters.put("mynetworks", String.join(" ", policy.trustedNetworks().stream().map(Cidr::toPostfixNetwork).toList()));
        parameters.put("smtpd_helo_required", yesNo(settings.heloRequired()));
        parameters.put("relayhost", settings.relayHost().map(RelayHost::toString).orElse(""));
        if (settings.submissionEnabled()) {
            parameters.put("mua_client_restrictions", settings.submissionClientRestrictions().render(accessMap));
            parameters.put("mua_sender_restrictions", settings.submissionSenderRestrictions().render(accessMap));
            services.add(submission(settings));
        } else {
            absentParameters.add("mua_client_restrictions");
            absentParameters.add("mua_sender_restrictions");
            absentServices.add(SUBMISSION);
        }
        if (spf) {
            parameters.put("policyd-spf_time_limit", Integer.toString(settings.spfTimeLimit()));
            parameters.put("smtpd_recipient_restrictions", "reject_unauth_destination, " + POLICY_CHECK);
            services.add(new MasterService("policyd-spf", "unix", "-", "n", "n", "-", "0",
                    "spawn user=policyd-spf argv=/usr/bin/policyd-spf", Map.of()));
        } else {
            parameters.put("smtpd_recipient_restrictions", "reject_unauth_destination");
            absentParameters.add("policyd-spf_time_limit");
            absentServices.add(POLICYD_SPF);
        }
        return new PostfixDesiredState(parameters, absentParameters, services, absentServices,
                accessMapText(policy.accessLines()), spf ? settings.spfEnforcement() == SpfEnforcement.ENFORCE : null);
    }

    /** Port 587 for mail clients, port 25 staying for servers, as in the tutorial. */
    private static MasterService submission(MailSettingsValues settings) {
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("smtpd_reject_unlisted_recipient", yesNo(settings.submissionRejectUnlistedRecipient()));
        overrides.put("smtpd_client_restrictions", "$mua_client_restrictions");
        overrides.put("smtpd_sender_restrictions", "$mua_sender_restrictions");
        return new MasterService("submission", "inet", "n", "-", "n", "-", "-", "smtpd", overrides);
    }

    public static String accessMapText(List<AccessLine> lines) {
        StringBuilder text = new StringBuilder(ACCESS_MAP_HEADER);
        lines.stream().sorted(java.util.Comparator.comparing(AccessLine::key)).forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
