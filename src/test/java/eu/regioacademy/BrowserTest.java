package eu.regioacademy;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Whole flows in real headless Chromium against the app on a random port. Debian's
 * chromium and chromium-driver are required ({@code .ci/run} installs them); on a machine
 * without them these tests are skipped, except in CI where that is a failure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("browser")
public abstract class BrowserTest {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static WebDriver driver;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        boolean available = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        if (!available && System.getenv("CI") != null) {
            throw new IllegalStateException("CI needs /usr/bin/chromium and /usr/bin/chromedriver");
        }
        assumeTrue(available, "Chromium and chromedriver are not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,900", "--lang=en-US",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        // Sandboxes without a network interface make Chromium report navigator.onLine = false,
        // and Vaadin's client then shows its offline page instead of the app.
        chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source",
                "Object.defineProperty(Navigator.prototype, 'onLine', {get: () => true});"));
        driver = chrome;
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    @BeforeEach
    void startSignedOut() {
        driver.manage().deleteAllCookies();
    }

    protected WebDriver browser() {
        return driver;
    }

    protected void open(String path) {
        driver.get("http://localhost:" + port + "/" + path);
    }

    protected WebElement waitFor(By locator) {
        return until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    protected void waitForText(By locator, String text) {
        until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /** Waits for a condition; when it never comes, keeps a screenshot to look at. */
    protected <T> T until(java.util.function.Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            try {
                Path dir = Files.createDirectories(Path.of("target", "browser-screenshots"));
                byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
                Files.write(dir.resolve(getClass().getSimpleName() + "-" + System.currentTimeMillis() + ".png"), png);
            } catch (Exception ignored) {
                // the timeout is what matters
            }
            throw e;
        }
    }

    /** Waits until a JavaScript snippet run in the page returns true. */
    protected void untilScript(String script) {
        until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(script)));
    }

    /** Clicks the Vaadin button with this text once it is there. */
    protected void clickButton(String text) {
        until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[text()[normalize-space(.)='" + text + "']]"))).click();
    }

    /** Waits until the Vaadin client has no request under way, so the page shows what the server drew. */
    protected void waitUntilIdle() {
        untilScript("return document.readyState === 'complete' && !!window.Vaadin && !!window.Vaadin.Flow"
                        + " && !!window.Vaadin.Flow.clients && Object.values(window.Vaadin.Flow.clients).length > 0"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    /**
     * Runs axe-core (WCAG 2.1 A and AA rules, and axe's best practices) on the page as it is now
     * and fails on any serious or critical finding, except those listed with their reason in
     * {@link AccessibilityExceptions}. Lesser findings are printed, not failed.
     */
    protected void assertAccessible() {
        waitUntilIdle();
        AccessibilityAudit.assertNoSeriousFindings(driver);
    }

    /**
     * Keyboard only: presses Tab until the focused element (or the component around it)
     * satisfies a JavaScript condition on {@code a}, the active element, and returns it.
     */
    protected WebElement tabUntil(String condition) {
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
        String check = "const a = document.activeElement; return !!a && !!(" + condition + ");";
        java.util.List<Object> visited = new java.util.ArrayList<>();
        for (int i = 0; i < 80; i++) {
            if (Boolean.TRUE.equals(js.executeScript(check))) return driver.switchTo().activeElement();
            new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
            visited.add(js.executeScript("const a = document.activeElement; return a ? a.tagName + '.' + a.className"
                    + " + ' ' + (a.textContent || '').trim().substring(0, 30) : 'none'"));
        }
        throw new AssertionError("Tab never reached " + condition + " on " + driver.getCurrentUrl() + "; the focus went "
                + visited);
    }

    /** Keyboard only: Tab to the Vaadin button with this text. */
    protected WebElement tabToButton(String text) {
        // the button's own text nodes, as clickButton matches: a tooltip or an icon inside adds text of its own
        return tabUntil("a.closest('vaadin-button') && Array.from(a.closest('vaadin-button').childNodes)"
                + ".filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim() === '" + text + "'");
    }

    /** Presses keys on whatever has the focus, as a keyboard does. */
    protected void press(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    }

    /** Signs in through the real login form, as a person would. */
    protected void signIn(String email, String password) {
        open("login");
        waitFor(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(email);
        WebElement passwordInput = driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        passwordInput.sendKeys(password);
        passwordInput.sendKeys(org.openqa.selenium.Keys.ENTER);
    }
}
