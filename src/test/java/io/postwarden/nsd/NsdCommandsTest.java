package io.postwarden.nsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NsdCommandsTest {

    @Test
    void spellsTheDebianCommands() {
        NsdCommands nsd = NsdCommands.debian();

        assertThat(nsd.confPath()).isEqualTo("/etc/nsd/nsd.conf");
        assertThat(nsd.zonefileQuery("target.milxc")).containsExactly("nsd-checkconf", "-z", "target.milxc", "-o", "zonefile", "/etc/nsd/nsd.conf");
        assertThat(nsd.checkZone("target.milxc", "/etc/nsd/target.milxc.zone"))
                .containsExactly("nsd-checkzone", "target.milxc", "/etc/nsd/target.milxc.zone");
        assertThat(nsd.reload("target.milxc")).containsExactly("nsd-control", "-c", "/etc/nsd/nsd.conf", "reload", "target.milxc");
    }

    @Test
    void resolvesARelativeZoneFileAgainstTheZonesDirectory() {
        assertThat(NsdPaths.resolveZoneFile("target.milxc.zone\n", "/etc/nsd")).isEqualTo("/etc/nsd/target.milxc.zone");
        assertThat(NsdPaths.resolveZoneFile("zones/target.milxc\n", "/var/lib/nsd/")).isEqualTo("/var/lib/nsd/zones/target.milxc");
        assertThat(NsdPaths.resolveZoneFile("/srv/dns/target.milxc.zone", "/etc/nsd")).isEqualTo("/srv/dns/target.milxc.zone");
    }

    @Test
    void expandsPatternEscapesWithTheZoneName() {
        assertThat(NsdPaths.resolveZoneFile("%s.zone", "/etc/nsd", "target.milxc")).isEqualTo("/etc/nsd/target.milxc.zone");
        assertThat(NsdPaths.resolveZoneFile("/zones/%z/%y/%1/%s", "/etc/nsd", "target.milxc."))
                .isEqualTo("/zones/milxc/target/t/target.milxc");
        assertThatThrownBy(() -> NsdPaths.resolveZoneFile("%s.zone", "/etc/nsd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnEmptyAnswerAndPathsThatClimbOut() {
        assertThatThrownBy(() -> NsdPaths.resolveZoneFile("\n", "/etc/nsd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NsdPaths.resolveZoneFile("../../etc/shadow", "/etc/nsd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NsdCommands("nsd.conf")).isInstanceOf(IllegalArgumentException.class);
    }
}
