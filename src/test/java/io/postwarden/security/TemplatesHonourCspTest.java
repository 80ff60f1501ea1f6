package io.postwarden.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages' CSP allows scripts and styles only from files of the console; an inline
 * script, style or event handler in a template would be blocked by the browser.
 */
class TemplatesHonourCspTest {

    private static final Pattern INLINE = Pattern.compile(
            "<script(?![^>]*\\bsrc=)[^>]*>|<style\\b|\\sstyle=|\\sth:style=|\\son[a-z]+=|javascript:", Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateHasInlineScriptsStylesOrEventHandlers() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                var matcher = INLINE.matcher(Files.readString(file));
                while (matcher.find()) {
                    offenders.add(file + ": " + matcher.group());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}
