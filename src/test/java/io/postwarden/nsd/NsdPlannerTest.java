package io.postwarden.nsd;

import static org.assertj.core.api.Assertions.assertThat;

import io.postwarden.plan.ChangeKind;
import io.postwarden.plan.ConfigArea;
import io.postwarden.plan.ConfigChange;
import io.postwarden.plan.RemoteStep;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NsdPlannerTest {

    static final String PATH = "/etc/nsd/target.milxc.zone";
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void plansTheSeedRecordWithASerialBumpThenCheckAndReload() {
        NsdPlan plan = NsdPlanner.plan("target.milxc", PATH, ZoneFileTest.TARGET, Map.of("@", List.of("v=spf1 mx -all")),
                TODAY, NsdCommands.debian());

        assertThat(plan.inSync()).isFalse();
        assertThat(plan.changes()).containsExactly(
                new ConfigChange(ConfigArea.ZONE, ChangeKind.ADD, "target.milxc. TXT", null, "\"v=spf1 mx -all\""),
                new ConfigChange(ConfigArea.ZONE, ChangeKind.CHANGE, "target.milxc. SOA serial", "2026110301", "2026112900"));
        assertThat(plan.newSerial()).isEqualTo(2026112900L);
        assertThat(plan.oldSerial()).isEqualTo(2026110301L);
        assertThat(ZoneFile.parse(PATH, "target.milxc", plan.newText()).spfRecord("@")).containsExactly("v=spf1 mx -all");
        assertThat(plan.steps()).extracting(RemoteStep::display).containsExactly(
                "upload " + PATH + " (" + plan.newText().getBytes(StandardCharsets.UTF_8).length + " bytes, "
                        + plan.newText().lines().count() + " lines, written to a temporary name then renamed)",
                "nsd-checkzone target.milxc " + PATH,
                "nsd-control -c /etc/nsd/nsd.conf reload target.milxc");
        assertThat(((RemoteStep.Upload) plan.steps().get(0)).content()).isEqualTo(plan.newText().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void isInSyncWithoutStepsOrSerialBumpWhenTheZoneAlreadyServesThePolicy() {
        NsdPlan plan = NsdPlanner.plan("target.milxc", PATH, ZoneFileTest.TARGET, Map.of("mail", List.of("v=spf1 a -all")),
                TODAY, NsdCommands.debian());

        assertThat(plan.inSync()).isTrue();
        assertThat(plan.changes()).isEmpty();
        assertThat(plan.steps()).isEmpty();
        assertThat(plan.newText()).isEqualTo(ZoneFileTest.TARGET);
        assertThat(plan.newSerial()).isEqualTo(2026110301L);
    }

    @Test
    void aRecordSplitIntoOtherStringsSaysTheSameAndIsInSync() {
        NsdPlan plan = NsdPlanner.plan("target.milxc", PATH, ZoneFileTest.TARGET, Map.of("mail", List.of("v=spf1 a", " -all")),
                TODAY, NsdCommands.debian());

        assertThat(plan.inSync()).isTrue();
    }

    @Test
    void leavesAbsentOwnersAloneAndRemovesOnAnEmptyList() {
        Map<String, List<String>> desired = new LinkedHashMap<>();
        desired.put("mail", List.of());
        NsdPlan plan = NsdPlanner.plan("target.milxc", PATH, ZoneFileTest.TARGET, desired, TODAY, NsdCommands.debian());

        assertThat(plan.changes()).first().isEqualTo(
                new ConfigChange(ConfigArea.ZONE, ChangeKind.REMOVE, "mail.target.milxc. TXT", "\"v=spf1 a -all\"", null));
        ZoneFile after = ZoneFile.parse(PATH, "target.milxc", plan.newText());
        assertThat(after.spfRecord("mail")).isEmpty();
        assertThat(after.text()).contains("google-site-verification=abc123");
        assertThat(NsdPlanner.plan("target.milxc", PATH, ZoneFileTest.TARGET, Map.of(), TODAY, NsdCommands.debian()).inSync()).isTrue();
    }

    @Test
    void changesAnExistingRecordInPlace() {
        NsdPlan plan = NsdPlanner.plan("target.milxc.", PATH, ZoneFileTest.TARGET, Map.of("mail.target.milxc.", List.of("v=spf1 mx -all")),
                TODAY, NsdCommands.debian());

        assertThat(plan.changes().get(0)).isEqualTo(new ConfigChange(ConfigArea.ZONE, ChangeKind.CHANGE, "mail.target.milxc. TXT",
                "\"v=spf1 a -all\"", "\"v=spf1 mx -all\""));
        assertThat(plan.newText()).isEqualTo(ZoneFileTest.TARGET.replace("\"v=spf1 a -all\"", "\"v=spf1 mx -all\"")
                .replace("2026110301 ; serial", "2026112900 ; serial"));
    }
}
