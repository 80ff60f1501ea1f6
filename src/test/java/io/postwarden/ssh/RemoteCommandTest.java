package io.postwarden.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemoteCommandTest {

    @Test
    void rendersEveryArgumentQuoted() {
        assertThat(RemoteCommand.of("postconf", "-e", "mynetworks = 127.0.0.0/8").render())
                .isEqualTo("'postconf' '-e' 'mynetworks = 127.0.0.0/8'");
    }

    @Test
    void putsSudoInFrontWithoutPasswordPrompt() {
        RemoteCommand command = RemoteCommand.of(List.of("postfix", "reload")).underSudo();

        assertThat(command.argv()).containsExactly("sudo", "-n", "--", "postfix", "reload");
        assertThat(command.render()).isEqualTo("'sudo' '-n' '--' 'postfix' 'reload'");
    }

    @Test
    void refusesNulInAnyArgumentAndAnEmptyCommand() {
        assertThatThrownBy(() -> RemoteCommand.of("echo", "a\0b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RemoteCommand.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsItsArgumentsWhenTheCallerChangesItsList() {
        List<String> argv = new java.util.ArrayList<>(List.of("ls"));
        RemoteCommand command = RemoteCommand.of(argv);
        argv.add("-la");

        assertThat(command.argv()).containsExactly("ls");
    }

    @Test
    void recognisesSudoRefusalsAsSuch() {
        CommandResult refused = new CommandResult("'sudo' '-n' '--' 'true'", 1, "", "sudo: a password is required\n", false, Duration.ZERO);
        CommandResult notAllowed = new CommandResult("'sudo' '-n' '--' 'true'", 1, "",
                "Sorry, user deploy is not allowed to execute '/usr/bin/true' as root on mail.\n", false, Duration.ZERO);
        CommandResult ordinary = new CommandResult("'sudo' '-n' '--' 'postmap' '/etc/postfix/access'", 1, "",
                "postmap: fatal: open /etc/postfix/access: No such file\n", false, Duration.ZERO);
        CommandResult withoutSudo = new CommandResult("'cat' '/x'", 1, "", "a password is required\n", false, Duration.ZERO);

        assertThatThrownBy(refused::requireSuccess).isInstanceOf(SudoDeniedException.class).hasMessageContaining("NOPASSWD");
        assertThatThrownBy(notAllowed::requireSuccess).isInstanceOf(SudoDeniedException.class);
        assertThatThrownBy(ordinary::requireSuccess).isExactlyInstanceOf(CommandFailedException.class)
                .hasMessageContaining("No such file");
        assertThat(withoutSudo.sudoRefused()).isFalse();
    }

    @Test
    void aSuccessfulResultPassesThrough() {
        CommandResult ok = new CommandResult("'true'", 0, "", "", false, Duration.ofMillis(3));

        assertThat(ok.requireSuccess()).isSameAs(ok);
        assertThat(ok.succeeded()).isTrue();
    }
}
