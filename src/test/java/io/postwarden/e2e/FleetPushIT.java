package io.postwarden.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * A fleet push on the lab: the primary Postfix and the lab's three extra instances
 * (/etc/postfix-labK, same sshd) registered as four mail hosts and pushed in one push.
 * Proves the hosts run side by side, progress is visible while they do, a second push
 * is a no-op, and two pushes of one host never both work on it at once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FleetPushIT extends LabConsoleTest {

    static final String SEED_MYNETWORKS = "127.0.0.0/8 100.120.0.0/24";

    /** Host name → config directory, in the order the hosts are added; the primary first. */
    static final Map<String, String> DIRS = new LinkedHashMap<>();
    static final Map<String, Long> IDS = new LinkedHashMap<>();

    @BeforeAll
    static void pristineLab() {
        LAB.reset();
        DIRS.put("mail.target.milxc", LAB.get("LAB_POSTFIX_CONFIG_DIR"));
        int instances = Integer.parseInt(LAB.get("LAB_INSTANCES"));
        assertThat(instances).as("the lab needs its 3 default Postfix instances").isGreaterThanOrEqualTo(3);
        for (int k = 1; k <= 3; k++) {
            DIRS.put("mail" + k + ".target.milxc", LAB.get("LAB_POSTFIX_INSTANCE_PREFIX") + k);
        }
    }

    @AfterAll
    static void leaveTheLabPristine() {
        LAB.reset();
    }

    @Test
    @Order(1)
    void fourHostsArePushedInParallelWithLiveProgress() {
        for (Map.Entry<String, String> host : DIRS.entrySet()) {
            boolean primary = IDS.isEmpty();
            IDS.put(host.getKey(), addLabHost(host.getKey(), host.getValue(), primary ? List.of("MAIL", "DNS") : List.of("MAIL")));
        }
        long primary = IDS.values().iterator().next();
        seedPolicy(primary, primary);
        for (String dir : DIRS.values()) {
            assertThat(mynetworks(dir)).as("%s before the push", dir).isEqualTo("127.0.0.0/8");
        }

        long id = start(List.copyOf(IDS.values()));
        // Poll as fast as the API answers: the push takes seconds, a poll a few milliseconds.
        boolean sawProgress = false;
        JsonNode push;
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (true) {
            push = api.get("/api/v1/pushes/" + id).body();
            String status = push.get("status").asString();
            JsonNode progress = push.get("progress");
            if (status.equals("RUNNING") && (progress.get("running").asLong() > 0
                    || (progress.get("percent").asInt() > 0 && progress.get("percent").asInt() < 100))) {
                sawProgress = true;
            }
            if (!status.equals("PENDING") && !status.equals("RUNNING")) {
                break;
            }
            assertThat(Instant.now()).as("push %s did not finish in 3 minutes", id).isBefore(deadline);
            sleep(20);
        }

        assertThat(push.get("status").asString()).as(push.toString()).isEqualTo("SUCCEEDED");
        assertThat(sawProgress).as("GET /api/v1/pushes/%s showed a running host or an intermediate percent", id).isTrue();
        JsonNode progress = push.get("progress");
        assertThat(progress.get("total").asInt()).isEqualTo(4);
        assertThat(progress.get("succeeded").asInt()).isEqualTo(4);
        assertThat(progress.get("percent").asInt()).isEqualTo(100);

        List<JsonNode> hosts = push.get("hosts").valueStream().toList();
        assertThat(hosts).hasSize(4);
        for (JsonNode host : hosts) {
            assertThat(host.get("status").asString()).as(host.toString()).isEqualTo("SUCCEEDED");
            assertThat(host.get("changed").asBoolean()).isTrue();
            String dir = DIRS.get(host.get("hostName").asString());
            assertThat(host.get("steps").valueStream().map(s -> s.get("command").asString()).toList())
                    .as("%s ran its own instance's commands: reload, or stop + start for inet_interfaces", dir)
                    .anyMatch(c -> c.endsWith("postfix -c " + dir + " reload") || c.endsWith("postfix -c " + dir + " start"))
                    .anyMatch(c -> c.endsWith("postfix -c " + dir + " check"));
        }
        for (String dir : DIRS.values()) {
            assertThat(mynetworks(dir)).as("%s after the push", dir).isEqualTo(SEED_MYNETWORKS);
        }

        // Parallel: every host's [startedAt, finishedAt] overlaps every other's, and so do
        // their commands on the host — not just their records.
        for (JsonNode a : hosts) {
            for (JsonNode b : hosts) {
                if (a != b) {
                    assertThat(instant(a, "startedAt")).as("%s starts before %s ends", name(a), name(b))
                            .isBefore(instant(b, "finishedAt"));
                }
            }
        }
        Instant lastFirstCommand = hosts.stream().map(h -> instant(h.get("steps").get(0), "startedAt")).max(Instant::compareTo)
                .orElseThrow();
        Instant firstLastCommand = hosts.stream().map(h -> lastStepEnd(h)).min(Instant::compareTo).orElseThrow();
        assertThat(lastFirstCommand).as("every host ran its first command before any host ran its last").isBefore(firstLastCommand);
        Duration wall = Duration.between(instant(push, "startedAt"), instant(push, "finishedAt"));
        Duration sum = hosts.stream().map(h -> Duration.between(instant(h, "startedAt"), instant(h, "finishedAt")))
                .reduce(Duration.ZERO, Duration::plus);
        assertThat(wall).as("the push's wall time is less than its hosts' times added up").isLessThan(sum);
        System.out.printf("fleet push %d: 4 hosts in %d ms wall, %d ms summed over hosts%n", id, wall.toMillis(), sum.toMillis());
    }

    @Test
    @Order(2)
    void aSecondPushOfTheFleetChangesNothing() {
        Map<String, String> before = new LinkedHashMap<>();
        for (String dir : DIRS.values()) {
            before.put(dir, LAB.sha256(dir + "/main.cf") + LAB.sha256(dir + "/master.cf") + LAB.sha256(dir + "/access.db"));
        }

        JsonNode push = api.push(List.copyOf(IDS.values()));

        assertThat(push.get("status").asString()).as(push.toString()).isEqualTo("SUCCEEDED");
        for (JsonNode host : push.get("hosts")) {
            assertThat(host.get("status").asString()).isEqualTo("SUCCEEDED");
            assertThat(host.get("changed").asBoolean()).as(name(host)).isFalse();
            assertThat(host.get("backedUp").asBoolean()).as(name(host)).isFalse();
            assertThat(host.get("steps").valueStream().map(s -> s.get("command").asString()).toList()).as(name(host))
                    .noneMatch(c -> c.contains("reload") || (c.contains("postconf") && c.contains(" -e "))
                            || c.contains("postmap") || c.endsWith(" check"));
        }
        for (String dir : DIRS.values()) {
            assertThat(LAB.sha256(dir + "/main.cf") + LAB.sha256(dir + "/master.cf") + LAB.sha256(dir + "/access.db"))
                    .as("%s untouched by the in-sync push", dir).isEqualTo(before.get(dir));
        }
    }

    /**
     * Two pushes of one host started back to back. The host lock (a row per host) lets
     * only one of them work on it at a time: the other either finds the lock held and
     * fails without running a command, or — if the first had already released it — runs
     * after it and finds the host in sync. Never do their commands interleave.
     */
    @Test
    @Order(3)
    void twoPushesOfOneHostNeverBothChangeIt() {
        LAB.reset();
        long host = IDS.get("mail2.target.milxc");
        String dir = DIRS.get("mail2.target.milxc");

        long first = start(List.of(host));
        long second = start(List.of(host));
        JsonNode a = waitFor(first).get("hosts").get(0);
        JsonNode b = waitFor(second).get("hosts").get(0);

        List<JsonNode> both = List.of(a, b);
        long changed = both.stream().filter(h -> h.get("changed").asBoolean()).count();
        assertThat(changed).as("exactly one push changed the host: %s / %s", a, b).isEqualTo(1);
        List<JsonNode> locked = both.stream().filter(h -> h.get("message").asString().contains("is pushing this host")).toList();
        if (locked.isEmpty()) {
            // Serial: both succeeded, the later one found the host in sync.
            assertThat(both).allMatch(h -> h.get("status").asString().equals("SUCCEEDED"));
            JsonNode earlier = lastStepEnd(a).isBefore(lastStepEnd(b)) ? a : b;
            JsonNode later = earlier == a ? b : a;
            assertThat(later.get("changed").asBoolean()).isFalse();
            assertThat(instant(later.get("steps").get(0), "startedAt")).as("the later push ran after the first ended")
                    .isAfterOrEqualTo(lastStepEnd(earlier));
            System.out.println("lock: the two pushes ran one after the other");
        } else {
            // Refused: the loser failed at the lock and ran nothing on the host.
            assertThat(locked).hasSize(1);
            JsonNode loser = locked.get(0);
            JsonNode winner = loser == a ? b : a;
            assertThat(loser.get("status").asString()).isEqualTo("FAILED");
            assertThat(loser.get("message").asString()).containsPattern("not pushed: push \\d+ is pushing this host");
            assertThat(loser.get("steps").size()).as("the refused push ran no command").isZero();
            assertThat(winner.get("status").asString()).isEqualTo("SUCCEEDED");
            assertThat(winner.get("changed").asBoolean()).isTrue();
            System.out.println("lock: " + loser.get("message").asString());
        }
        assertThat(mynetworks(dir)).isEqualTo(SEED_MYNETWORKS);
    }

    private long start(List<Long> hostIds) {
        ConsoleClient.Response started = api.post("/api/v1/pushes", Map.of("hostIds", hostIds));
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        return started.body().get("id").asLong();
    }

    private JsonNode waitFor(long id) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            JsonNode push = api.get("/api/v1/pushes/" + id).body();
            String status = push.get("status").asString();
            if (!status.equals("PENDING") && !status.equals("RUNNING")) {
                return push;
            }
            sleep(100);
        }
        throw new AssertionError("push " + id + " did not finish in 3 minutes");
    }

    private static String mynetworks(String dir) {
        Lab.Run run = LAB.inNamespace("postconf", "-c", dir, "-h", "mynetworks");
        assertThat(run.exitCode()).as(run.output()).isZero();
        return run.output().strip();
    }

    private static Instant lastStepEnd(JsonNode host) {
        List<Instant> ends = new ArrayList<>();
        host.get("steps").forEach(s -> ends.add(instant(s, "finishedAt")));
        return ends.stream().max(Instant::compareTo).orElseThrow();
    }

    private static Instant instant(JsonNode node, String field) {
        JsonNode value = node.get(field);
        assertThat(value).as("%s has %s", node, field).isNotNull();
        assertThat(value.isNull()).as("%s has %s", node, field).isFalse();
        return Instant.parse(value.asString());
    }

    private static String name(JsonNode host) {
        return host.get("hostName").asString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
