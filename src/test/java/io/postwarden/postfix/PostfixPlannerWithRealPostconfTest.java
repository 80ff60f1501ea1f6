package io.postwarden.postfix;

import static org.assertj.core.api.Assertions.assertThat;

import io.postwarden.plan.ChangeKind;
import io.postwarden.plan.ConfigArea;
import io.postwarden.plan.ConfigChange;
import io.postwarden.plan.RemoteStep;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plans against a copy of the machine's Debian Postfix configuration, runs the planned
 * postconf and postmap commands for real on that copy, and reads it back: the second
 * plan must be empty. Proves the planner speaks postconf's language, without SSH.
 */
class PostfixPlannerWithRealPostconfTest {

    /** What Debian's postinst adds to the stock main.cf for an "Internet Site". */
    private static final String DEBIAN_POSTINST = """
            myhostname = mail.target.milxc
            mydestination = $myhostname, target.milxc, localhost
            relayhost =
            mynetworks = 127.0.0.0/8 [::ffff:127.0.0.0]/104 [::1]/128
            inet_interfaces = all
            inet_protocols = all
            """;

    @TempDir
    Path dir;

    PostfixPaths paths;

    @BeforeEach
    void copyDebianConfiguration() throws IOException {
        // The package's own stock files: /etc/postfix may hold whatever a previous push left there.
        Files.writeString(dir.resolve("main.cf"), Files.readString(Path.of("/usr/share/postfix/main.cf.debian")) + DEBIAN_POSTINST);
        Files.copy(Path.of("/usr/share/postfix/master.cf.dist"), dir.resolve("master.cf"));
        Path policyd = dir.resolve("policyd-spf.conf");
        Files.copy(Path.of("/etc/postfix-policyd-spf-python/policyd-spf.conf"), policyd);
        paths = new PostfixPaths(dir.toString(), dir.resolve("access").toString(), "hash", policyd.toString());
    }

    @Test
    void appliesTheSeedAndThenFindsNothingToDo() throws Exception {
        PostfixDesiredState desired = PostfixRenderer.render(SeedPolicies.seed(paths));

        PostfixPlan first = PostfixPlanner.plan(desired, read(), paths);
        assertThat(first.changes()).extracting(ConfigChange::item)
                .contains("mynetworks", "smtpd_helo_required", "relayhost", "submission/inet", "policyd-spf/unix", "isp-a.milxc OK");
        assertThat(first.activate()).extracting(RemoteStep::display).containsExactly("postfix -c " + dir + " reload");
        run(first.stage());

        PostfixPlan second = PostfixPlanner.plan(desired, read(), paths);
        assertThat(second.changes()).isEmpty();
        assertThat(second.stage()).isEmpty();
        assertThat(second.activate()).isEmpty();
        assertThat(postconf("-h", "mynetworks")).isEqualTo("127.0.0.0/8 100.120.0.0/24");
        assertThat(postconf("-P", "submission/inet/smtpd_sender_restrictions")).contains("$mua_sender_restrictions");
    }

    @Test
    void restoresAnOverrideRemovedByHand() throws Exception {
        PostfixDesiredState desired = PostfixRenderer.render(SeedPolicies.seed(paths));
        run(PostfixPlanner.plan(desired, read(), paths).stage());
        postconf("-PX", "submission/inet/smtpd_client_restrictions");

        PostfixPlan plan = PostfixPlanner.plan(desired, read(), paths);
        assertThat(plan.changes()).containsExactly(new ConfigChange(ConfigArea.MASTER_CF, ChangeKind.ADD,
                "submission/inet -o smtpd_client_restrictions", null, "$mua_client_restrictions"));
        run(plan.stage());
        assertThat(PostfixPlanner.plan(desired, read(), paths).changes()).isEmpty();
    }

    @Test
    void aChangeOfInterfacesRestartsInsteadOfReloading() throws Exception {
        PostfixDesiredState desired = PostfixRenderer.render(SeedPolicies.seed(paths));
        run(PostfixPlanner.plan(desired, read(), paths).stage());
        postconf("-e", "inet_interfaces=loopback-only");

        PostfixPlan plan = PostfixPlanner.plan(desired, read(), paths);
        assertThat(plan.activate()).extracting(RemoteStep::display)
                .containsExactly("postfix -c " + dir + " stop", "postfix -c " + dir + " start");
    }

    private PostfixActualState read() throws Exception {
        Path access = Path.of(paths.accessMapPath());
        Path database = Path.of(paths.accessMapDatabase());
        Optional<String> map = Files.exists(access) ? Optional.of(Files.readString(access)) : Optional.empty();
        boolean built = Files.exists(database) && !Files.getLastModifiedTime(database).toInstant()
                .isBefore(Files.getLastModifiedTime(access).toInstant());
        return new PostfixActualState(PostconfOutput.parameters(Files.readString(dir.resolve("main.cf"))),
                PostconfOutput.services(postconf("-M"), postconf("-P")), map, built,
                Optional.of(Files.readString(Path.of(paths.policydSpfConfigFile()))));
    }

    private void run(List<RemoteStep> steps) throws Exception {
        for (RemoteStep step : steps) {
            if (step instanceof RemoteStep.Upload upload) {
                Files.write(Path.of(upload.path()), upload.content());
            } else if (step instanceof RemoteStep.Command command) {
                List<String> argv = new ArrayList<>(command.argv());
                argv.set(0, "/usr/sbin/" + argv.get(0));
                exec(argv);
            }
        }
    }

    private String postconf(String... args) throws Exception {
        List<String> argv = new ArrayList<>(List.of("/usr/sbin/postconf", "-c", dir.toString()));
        argv.addAll(List.of(args));
        return exec(argv).strip();
    }

    private static String exec(List<String> argv) throws Exception {
        Process process = new ProcessBuilder(argv).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("exit status of %s", argv).isZero();
        return out;
    }
}
