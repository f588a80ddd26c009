package org.outagedesk.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, one fresh profile per test. Register with
 * {@code @RegisterExtension}; after a failed test a screenshot and the page source are left in
 * {@code target/e2e}. Vaadin components keep parts of their DOM in shadow roots, so a few
 * helpers search through them.
 */
public final class Browser implements BeforeEachCallback, AfterEachCallback {

    /** Collects elements matching a selector in the document and every shadow root below it. */
    private static final String DEEP_QUERY = """
            const found = [];
            const visit = root => {
              root.querySelectorAll(arguments[0]).forEach(e => found.push(e));
              root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) visit(e.shadowRoot); });
            };
            visit(document);
            return found.filter(e => e.checkVisibility());
            """;

    private ChromeDriver driver;
    private WebDriverWait wait;
    private Path profile;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        RequiredServices.chromium();
        profile = Files.createTempDirectory("outagedesk-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(RequiredServices.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=en-US", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(RequiredServices.CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            if (driver != null && context.getExecutionException().isPresent()) {
                Path evidence = Path.of("target", "e2e");
                Files.createDirectories(evidence);
                String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName()
                        .replaceAll("[^A-Za-z0-9]+", "_");
                Files.write(evidence.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
                Files.writeString(evidence.resolve(name + ".html"), driver.getPageSource());
            }
        } finally {
            if (driver != null) {
                driver.quit();
            }
            deleteProfile();
        }
    }

    public void open(String url) {
        driver.get(url);
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Waits until the element with this id is visible and returns it. */
    public WebElement byId(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /** Waits until an element matching the CSS selector is visible and returns it. */
    public WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until an element matching the CSS selector is in the page (shown or scrolled out of view). */
    public WebElement present(String css) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until the element's text (its light DOM, as a person reads it) contains the text. */
    public void awaitText(String id, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    /** Waits until some visible element matching the selector, even inside a shadow root, contains the text. */
    public WebElement awaitDeep(String css, String text) {
        return wait.until(d -> deep(css).stream().filter(e -> textOf(e).contains(text)).findFirst().orElse(null));
    }

    public void awaitUrlContains(String part) {
        wait.until(ExpectedConditions.urlContains(part));
    }

    @SuppressWarnings("unchecked")
    public List<WebElement> deep(String css) {
        return (List<WebElement>) ((JavascriptExecutor) driver).executeScript(DEEP_QUERY, css);
    }

    public String textOf(WebElement element) {
        Object text = ((JavascriptExecutor) driver).executeScript("return arguments[0].textContent;", element);
        return text == null ? "" : text.toString().strip();
    }

    /** Scrolls to the element with this id and clicks it, as a person would. */
    public void click(String id) {
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", byId(id));
    }

    /** Runs a script in the page and returns its result. */
    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /**
     * Waits at most {@code timeout}, polling every 50 ms, until the condition gives a value or {@code true}.
     * An element the page drew anew between finding it and reading it (markup blocks replace what
     * changed) is looked up again at the next poll.
     */
    public <T> T within(Duration timeout, java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(50))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
    }

    /** From now on every page records the Content-Security-Policy violations it meets (see {@link #policyViolations}). */
    public void recordPolicyViolations() {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__policyViolations = [];
                document.addEventListener('securitypolicyviolation', e => window.__policyViolations.push(
                    e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));
                """));
    }

    /** The policy violations the current page recorded since it loaded. */
    @SuppressWarnings("unchecked")
    public List<String> policyViolations() {
        Object recorded = script("return window.__policyViolations || [];");
        return (List<String>) recorded;
    }

    /** Console errors (and failed loads) the browser logged since the last call. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /**
     * Waits until the page has loaded and its DOM (light DOM and shadow roots) has not changed for
     * {@code quietMillis}, at most 10 s: Vaadin has rendered the server's answer and the web
     * components have stamped their templates. No fixed pause, and no use of Vaadin's "client
     * active" flag, which stays set under push.
     */
    public void awaitQuiet() {
        within(Duration.ofSeconds(30), d -> "complete".equals(script("return document.readyState;")));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(15));
        ((JavascriptExecutor) driver).executeAsyncScript(QUIET, 250, 10_000);
    }

    private static final String QUIET = """
            const done = arguments[arguments.length - 1];
            const quiet = arguments[0], limit = arguments[1], start = performance.now();
            let last = performance.now();
            const observer = new MutationObserver(() => { last = performance.now(); });
            const watch = root => {
              observer.observe(root, {subtree: true, childList: true, attributes: true, characterData: true});
              root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) watch(e.shadowRoot); });
            };
            watch(document);
            const check = () => {
              const now = performance.now();
              if (now - last >= quiet || now - start >= limit) { observer.disconnect(); done(true); }
              else setTimeout(check, 50);
            };
            setTimeout(check, 50);
            """;

    /** The driver itself, for tools that drive the page on their own (axe-core, key sequences). */
    public ChromeDriver driver() {
        return driver;
    }

    /** Runs the script in every page and frame before the page's own scripts (e.g. hooks on alert). */
    public void beforeEveryPage(String script) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
    }

    /** Asks for pages in this language from now on ({@code Accept-Language}), as a browser set to it would. */
    public void acceptLanguage(String languages) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Accept-Language", languages)));
    }

    /** Runs the pages in this time zone from now on (IANA id), as a browser on a machine set to it would. */
    public void timeZone(String zone) {
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone));
    }

    /** Resizes the window (desktop 1280, phone 390 px wide); media queries and Vaadin's layouts follow. */
    public void windowSize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** The language the page declares ({@code <html lang>}). */
    public String documentLanguage() {
        return String.valueOf(script("return document.documentElement.lang;"));
    }

    /**
     * The text the page shows in its own language: visible text, without parts marked with another
     * {@code lang} (a language's own name on the switch, a Spanish title beside its English one),
     * without code (configuration values, label names) and without e-mail addresses.
     */
    public String shownText() {
        return String.valueOf(script(SHOWN_TEXT));
    }

    private static final String SHOWN_TEXT = """
            const page = document.documentElement.lang;
            const shown = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              const element = walker.currentNode.parentElement;
              if (!element || element.closest('script, style, template, code, kbd, samp')) continue;
              const marked = element.closest('[lang]');
              if (marked && marked.lang && marked.lang !== page) continue;
              if (element.checkVisibility()) shown.push(walker.currentNode.textContent);
            }
            return shown.join(' ').replace(/[\\w.+-]*@[\\w-]+(\\.[\\w-]+)*/g, ' ');""";

    /** Saves what the browser shows now as a PNG (for documentation screenshots). */
    public void screenshot(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    }

    /**
     * Saves the page as a desktop (1280 px) and a phone (390 px) reads it, as
     * {@code target/screenshots/NAME.png} and {@code NAME-phone.png}: the walks that check the
     * screens also take the pictures of them in {@code docs/screenshots}.
     */
    public void screenshotsForDocs(String name) throws IOException {
        windowSize(390, 844);
        scrollToTop();
        screenshot(Path.of("target", "screenshots", name + "-phone.png"));
        windowSize(1280, 900);
        scrollToTop();
        screenshot(Path.of("target", "screenshots", name + ".png"));
    }

    /** The page and every scrolled part of it back at the top, as when it opens. */
    private void scrollToTop() {
        awaitQuiet();
        script("document.querySelectorAll('*').forEach(e => { if (e.scrollTop) e.scrollTop = 0; });"
                + " window.scrollTo(0, 0);");
        awaitQuiet();
    }

    /** Signs in through the login page's light-DOM inputs. */
    public void signIn(String baseUrl, String email, String password) {
        open(baseUrl + "/login");
        WebElement username = visible("input[name=username]");
        username.clear();
        username.sendKeys(email);
        WebElement passwordInput = visible("input[name=password]");
        passwordInput.clear();
        passwordInput.sendKeys(password);
        passwordInput.sendKeys(Keys.ENTER);
    }

    private void deleteProfile() throws IOException {
        if (profile == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
