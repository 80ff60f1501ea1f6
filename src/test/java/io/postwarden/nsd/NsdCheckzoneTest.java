package io.postwarden.nsd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edited zone as NSD itself reads it; runs only where NSD is installed. */
class NsdCheckzoneTest {

    static final Path CHECKZONE = Path.of("/usr/sbin/nsd-checkzone");

    @Test
    void nsdAcceptsTheEditedZone(@TempDir Path dir) throws Exception {
        assertThat(Files.isExecutable(CHECKZONE)).as("nsd-checkzone is missing: scripts/lab.sh up installs it").isTrue();
        NsdPlan plan = NsdPlanner.plan("target.milxc", "/etc/nsd/target.milxc.zone", ZoneFileTest.TARGET,
                Map.of("@", List.of("v=spf1 mx -all"), "mail", List.of()), LocalDate.of(2026, 11, 29), NsdCommands.debian());
        Path zone = dir.resolve("target.milxc.zone");
        Files.writeString(zone, plan.newText(), StandardCharsets.UTF_8);

        Process check = new ProcessBuilder(CHECKZONE.toString(), "target.milxc", zone.toString()).redirectErrorStream(true).start();
        assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(check.exitValue()).as(output).isZero();
        assertThat(output).contains("is ok");
    }
}
