package io.postwarden.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real headless Chromium, clicked through as an operator would: log in,
 * read the dashboard, fill the forms and meet their refusals, watch the SPF check follow
 * the typing, preview the plan and push to the lab while the push page follows it live;
 * and no page breaks its own Content Security Policy (scripts are external files only).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT extends LabConsoleTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    static Path profile;
    static ChromeDriver driver;
    static long hostId;
    static final List<LogEntry> consoleLog = new ArrayList<>();

    @BeforeAll
    static void pristineLabAndABrowser() throws IOException {
        LAB.reset();
        // Debian's packages, named explicitly: nothing may be downloaded (no Selenium Manager).
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        profile = Files.createTempDirectory("postwarden-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1024", "--user-data-dir=" + profile);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void closeTheBrowserAndLeaveTheLabPristine() throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (profile != null) {
                try (Stream<Path> files = Files.walk(profile)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            LAB.reset();
        }
    }

    @Test
    @Order(1)
    void anOperatorLogsInThroughTheFormAndSeesTheCounts() {
        driver.get(url("/"));
        wait(ExpectedConditions.urlContains("/login"));
        driver.findElement(By.id("username")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys("test-admin");
        driver.findElement(By.cssSelector("main.login button[type=submit]")).click();

        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".usermenu")));
        // Spring Security's saved request brings the user back to "/" (as "/?continue").
        assertThat(java.net.URI.create(driver.getCurrentUrl()).getPath()).isEqualTo("/");
        assertThat(driver.findElement(By.cssSelector(".usermenu")).getText()).contains("admin");
        assertThat(counts()).containsOnlyKeys("hosts", "domains", "trusted-networks", "access-entries", "spf-policies",
                "mail-settings").allSatisfy((what, count) -> assertThat(count).as(what).isZero());
    }

    @Test
    @Order(2)
    void aNetworkWithHostBitsSetIsRefusedNextToTheFieldThenAGoodOneIsSaved() {
        openNewNetworkForm();
        driver.findElement(By.id("cidr")).sendKeys("10.0.0.1/8");
        submit();

        WebElement error = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".field.has-error .error")));
        assertThat(error.getText()).contains("host bits");
        assertThat(driver.findElement(By.id("cidr")).getAttribute("value")).isEqualTo("10.0.0.1/8");
        assertThat(driver.findElements(By.cssSelector(".flash.success"))).isEmpty();

        WebElement cidr = driver.findElement(By.id("cidr"));
        cidr.clear();
        cidr.sendKeys("100.120.0.0/24");
        driver.findElement(By.id("description")).sendKeys("the office");
        submit();

        WebElement flash = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash.success")));
        assertThat(flash.getText()).contains("100.120.0.0/24");
        assertThat(driver.getCurrentUrl()).endsWith("/trusted-networks");
        assertThat(driver.findElement(By.cssSelector("main table")).getText()).contains("100.120.0.0/24", "the office");
    }

    @Test
    @Order(3)
    void aWideNetworkNeedsAnExplicitConfirmation() {
        openNewNetworkForm();
        driver.findElement(By.id("cidr")).sendKeys("0.0.0.0/0");
        submit();

        WebElement error = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".field.has-error .error")));
        assertThat(error.getText()).contains("wide network");
        assertThat(driver.findElement(By.id("confirmWide1")).isSelected()).isFalse();
        assertThat(driver.findElements(By.cssSelector(".flash.success"))).isEmpty();

        driver.get(url("/trusted-networks"));
        assertThat(driver.findElement(By.cssSelector("main")).getText()).doesNotContain("0.0.0.0/0");
    }

    @Test
    @Order(4)
    void theSpfFormChecksTheRecordWhileItIsTyped() {
        // The form offers only existing domains: the host and the domain come from the API, as a script would add them.
        hostId = addLabHost("mail.target.milxc", LAB.get("LAB_POSTFIX_CONFIG_DIR"), List.of("MAIL", "DNS"));
        api.created("/api/v1/domains", Map.of("name", "target.milxc", "mailHostIds", List.of(hostId),
                "dnsHostIds", List.of(hostId)));

        driver.get(url("/spf-policies"));
        driver.findElement(By.cssSelector("main a.button[href$='/spf-policies/new']")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("spf-form")));
        new Select(driver.findElement(By.id("domain"))).selectByValue("target.milxc");
        WebElement record = driver.findElement(By.id("record"));
        record.clear();
        record.sendKeys("v=spf1 +all");

        // spf-lint.js posts the draft to /spf-policies/lint and redraws the findings: nothing was submitted.
        WebElement passAll = wait(d -> d.findElements(By.cssSelector("#spf-findings li.finding.error")).stream()
                .filter(li -> li.getText().contains("+all")).findFirst().orElse(null));
        assertThat(passAll.getText()).contains("+all");
        assertThat(driver.getCurrentUrl()).endsWith("/spf-policies/new");

        record.clear();
        record.sendKeys("v=spf1 mx -all");
        wait(d -> d.findElements(By.cssSelector("#spf-findings li.finding.error")).isEmpty());
        submit();

        WebElement flash = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash.success")));
        assertThat(flash.getText()).contains("target.milxc");
        assertThat(driver.findElement(By.cssSelector("main table")).getText()).contains("v=spf1 mx -all");
    }

    @Test
    @Order(5)
    void theRestOfTheSeedComesFromTheApiAndTheDashboardCountsIt() {
        // seedPolicy would add the domain, the office network and the SPF policy a second time:
        // only what the browser did not create is added here, with the seed's values.
        Map<String, Object> settings = new HashMap<>();
        settings.put("name", "default");
        settings.put("defaultProfile", true);
        settings.put("inetInterfaces", "all");
        settings.put("heloRequired", true);
        settings.put("relayHost", "[mail.isp-a.milxc]:587");
        settings.put("submissionEnabled", true);
        settings.put("submissionRejectUnlistedRecipient", false);
        settings.put("submissionClientRestrictions", "permit_mynetworks, reject");
        settings.put("submissionSenderRestrictions", "access_map, reject");
        settings.put("spfEnforcement", "ENFORCE");
        settings.put("spfTimeLimit", 3600);
        api.created("/api/v1/mail-settings", settings);
        api.created("/api/v1/trusted-networks", Map.of("cidr", "127.0.0.0/8", "description", "the host itself"));
        api.created("/api/v1/access-entries", Map.of("key", "isp-a.milxc", "action", "OK", "description", "may submit"));

        driver.findElement(By.cssSelector("header a.brand")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-hosts")));
        assertThat(counts()).containsEntry("hosts", 1L).containsEntry("domains", 1L).containsEntry("trusted-networks", 2L)
                .containsEntry("access-entries", 1L).containsEntry("spf-policies", 1L).containsEntry("mail-settings", 1L);
        assertThat(driver.findElement(By.id("dashboard-domains")).getText()).contains("target.milxc", "v=spf1 mx -all");
    }

    @Test
    @Order(6)
    void previewShowsTheDiffInColour() {
        driver.findElement(By.cssSelector("#dashboard-hosts a[href$='/hosts/" + hostId + "']")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("push-host")));
        String mainCfBefore = LAB.sha256("/etc/postfix/main.cf");
        driver.findElement(By.linkText("Preview")).click();

        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.diff")));
        List<WebElement> rows = driver.findElements(By.cssSelector("table.diff tr.diff-add, table.diff tr.diff-change"));
        assertThat(rows).isNotEmpty();
        WebElement mynetworks = rows.stream().filter(r -> r.findElements(By.tagName("td")).get(1).getText().equals("mynetworks"))
                .findFirst().orElseThrow(() -> new AssertionError("no mynetworks row in " + driver.findElement(By.cssSelector("table.diff")).getText()));
        assertThat(mynetworks.getAttribute("class")).isEqualTo("diff-change");
        assertThat(mynetworks.findElements(By.tagName("td")).get(3).getText()).contains("127.0.0.0/8", "100.120.0.0/24");
        // Coloured by the stylesheet (.diff-change is #fff4d6), so it loaded under the policy.
        assertThat(mynetworks.getCssValue("background-color")).isEqualTo("rgba(255, 244, 214, 1)");
        assertThat(LAB.sha256("/etc/postfix/main.cf")).as("a preview changes nothing on the host").isEqualTo(mainCfBefore);
    }

    @Test
    @Order(7)
    void pushingFromTheHostPageIsFollowedLive() {
        driver.get(url("/hosts/" + hostId));
        driver.findElement(By.id("push-host")).click();

        wait(ExpectedConditions.urlMatches("/pushes/\\d+$"));
        WebElement status = wait(ExpectedConditions.presenceOfElementLocated(By.id("push-status")));
        String first = status.getText();
        // A marker that a reload would wipe: what changes below was redrawn by push-progress.js.
        ((JavascriptExecutor) driver).executeScript("window.postwardenSamePage = true;");
        assertThat(first).as("the push over SSH takes seconds: the page opens before it ends").isIn("PENDING", "RUNNING");

        new WebDriverWait(driver, Duration.ofMinutes(3), Duration.ofMillis(250))
                .until(d -> !List.of("PENDING", "RUNNING").contains(d.findElement(By.id("push-status")).getText()));

        assertThat(driver.findElement(By.id("push-status")).getText())
                .as(driver.findElement(By.id("push-hosts")).getText()).isEqualTo("SUCCEEDED");
        assertThat(((JavascriptExecutor) driver).executeScript("return window.postwardenSamePage === true;")).isEqualTo(true);
        assertThat(((JavascriptExecutor) driver).executeScript("return document.getElementById('push-bar').value;"))
                .isEqualTo(100L);
        assertThat(driver.findElement(By.id("push-counts")).getText()).contains("1 succeeded");
        String hosts = driver.findElement(By.id("push-hosts")).getText();
        assertThat(hosts).contains("mail.target.milxc", "SUCCEEDED", "REFUSED", "postfix -c /etc/postfix reload");
        assertThat(LAB.postconf("/etc/postfix", "mynetworks")).contains("127.0.0.0/8", "100.120.0.0/24");
        assertThat(LAB.dig("TXT", "target.milxc")).contains("\"v=spf1 mx -all\"");
    }

    @Test
    @Order(8)
    void noPageBrokeItsContentSecurityPolicy() {
        collectConsole();
        List<String> violations = consoleLog.stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Refused to") || m.contains("Content Security Policy")).toList();
        assertThat(violations).as("console: %s", consoleLog).isEmpty();

        // The log really carries violations: an inline script, which the policy forbids, shows up in it.
        ((JavascriptExecutor) driver).executeScript(
                "const s = document.createElement('script'); s.textContent = 'window.inline = 1;'; document.body.append(s);");
        collectConsole();
        // Chromium 156 words it "Executing inline script violates the following Content Security Policy directive";
        // older versions "Refused to execute inline script because it violates ...".
        assertThat(consoleLog.stream().map(LogEntry::getMessage))
                .anyMatch(m -> m.contains("inline script") && m.contains("Content Security Policy"));
    }

    private static void collectConsole() {
        driver.manage().logs().get(LogType.BROWSER).forEach(consoleLog::add);
    }

    private void openNewNetworkForm() {
        driver.get(url("/trusted-networks"));
        driver.findElement(By.cssSelector("main a.button[href$='/trusted-networks/new']")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("cidr")));
    }

    /** The page's own form, not the log-out button of the top bar. */
    private void submit() {
        WebElement button = driver.findElement(By.cssSelector("main.content form[method=post] .actions button[type=submit]"));
        button.click();
        wait(ExpectedConditions.stalenessOf(button));
        collectConsole();
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new HashMap<>();
        for (WebElement card : driver.findElements(By.cssSelector(".cards .card.stat"))) {
            String href = card.findElement(By.tagName("a")).getAttribute("href");
            counts.put(href.substring(href.lastIndexOf('/') + 1), Long.parseLong(card.findElement(By.cssSelector(".number")).getText()));
        }
        return counts;
    }

    private static <T> T wait(java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT, Duration.ofMillis(100)).until(condition);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
