package io.postwarden.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

/** The quoting is checked against a real /bin/sh, not against a model of it. */
class ShellQuotingTest {

    @Property(tries = 200)
    void aQuotedWordReachesTheShellUnchanged(@ForAll("shellHostileText") String word) throws Exception {
        assertThat(throughShell(List.of(word))).as(codePoints(word)).containsExactly(word);
    }

    @Property(tries = 50)
    void aRenderedCommandKeepsItsArgumentsApart(@ForAll("shellHostileText") String first, @ForAll("shellHostileText") String second)
            throws Exception {
        assertThat(throughShell(List.of(first, second))).as(codePoints(first + "|" + second)).containsExactly(first, second);
    }

    @Example
    void quotesWithSingleQuotesAndEscapesTheSingleQuote() {
        assertThat(ShellQuoting.quote("it's")).isEqualTo("'it'\\''s'");
        assertThat(ShellQuoting.quote("")).isEqualTo("''");
    }

    @Example
    void refusesNul() {
        assertThatThrownBy(() -> ShellQuoting.quote("a\0b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<String> shellHostileText() {
        Arbitrary<String> metacharacters = Arbitraries.strings()
                .withChars("'\"\\$`!*?[]{}()<>|&;#~=% \t\n\r-")
                .withCharRange('a', 'c')
                .ofMaxLength(30);
        Arbitrary<String> anyText = Arbitraries.strings()
                .all()
                .excludeChars('\0')
                .ofMaxLength(30)
                .filter(s -> s.chars().noneMatch(c -> Character.isSurrogate((char) c)));
        Arbitrary<String> unicode = Arbitraries.of("é", "ß", "日本語", "🙂", "\u200b", "'", "\"", " ", "$HOME", "\n")
                .list().ofMaxSize(10).map(parts -> String.join("", parts));
        return Arbitraries.oneOf(metacharacters, anyText, unicode);
    }

    private static String codePoints(String text) {
        return text.codePoints().mapToObj(c -> String.format("U+%04X", c)).collect(java.util.stream.Collectors.joining(" "));
    }

    /**
     * Has sh run {@code printf '%s\0' QUOTED...} and splits what it prints at NUL. The script goes
     * in on stdin as UTF-8 bytes, as it would arrive over SSH, so the JVM's argument encoding plays no part.
     */
    private static List<String> throughShell(List<String> words) throws IOException, InterruptedException {
        String script = "printf '%s\\0' " + RemoteCommand.of(words).render() + "\n";
        Process process = new ProcessBuilder("/bin/sh", "-s").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(script.getBytes(StandardCharsets.UTF_8));
        }
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\0");
        return List.of(text.substring(0, text.length() - 1).split("\0", -1));
    }
}
