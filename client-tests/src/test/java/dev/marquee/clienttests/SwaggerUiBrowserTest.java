package dev.marquee.clienttests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.bootstrap.e2e.TestMarquee;
import dev.marquee.client.ApiClient;
import dev.marquee.client.api.AccountsApi;
import dev.marquee.client.model.LoginRequest;
import dev.marquee.client.model.RegistrationRequest;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Swagger UI at /docs in a real (headless) Chromium: authorize with a token, then "Try it out" on a
 * public and on an authenticated operation, each answering a status the document lists for it.
 */
class SwaggerUiBrowserTest {

    private static final List<String> BROWSERS =
            List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    private static final List<String> DRIVERS =
            List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    /** Selenium warns when Chromium is newer than its DevTools bindings; nothing here uses them. */
    private static final java.util.logging.Logger DEVTOOLS_LOG =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    private static WebDriver browser;
    private static String baseUrl;

    @RegisterExtension
    static final TestWatcher SCREENSHOT_ON_FAILURE =
            new TestWatcher() {
                @Override
                public void testFailed(ExtensionContext context, Throwable cause) {
                    if (browser != null) {
                        saveScreenshot(context.getRequiredTestMethod().getName());
                    }
                }
            };

    @BeforeAll
    static void openBrowser() {
        Optional<String> chromium = firstExisting("chromium.binary", BROWSERS);
        Optional<String> driver = firstExisting("chromedriver.path", DRIVERS);
        Assumptions.assumeTrue(
                chromium.isPresent() && driver.isPresent(),
                "Swagger UI browser test skipped: no Chromium and chromedriver found (looked for "
                        + BROWSERS
                        + " and "
                        + DRIVERS
                        + "; on Debian: apt-get install chromium chromium-driver)");
        DEVTOOLS_LOG.setLevel(java.util.logging.Level.SEVERE);
        baseUrl = TestMarquee.baseUrl(TestMarquee.shared());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--window-size=1400,2400");
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(driver.get()))
                        .usingAnyFreePort()
                        .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void tryItOutAnswersTheDocumentedStatusesOnAPublicAndAnAuthenticatedOperation()
            throws Exception {
        String username = "swagger-" + UUID.randomUUID().toString().substring(0, 8);
        String accessToken = registerAndLogIn(username);

        browser.get(baseUrl + "/docs");
        String listGenres = operation("get", "/api/v1/genres");
        String myAccount = operation("get", "/api/v1/users/me");
        waitUpTo(Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(myAccount)));

        pointServersAtThisInstance();
        authorize(accessToken);

        assertThat(tryItOut(listGenres)).isEqualTo("200").isIn(documentedStatuses(listGenres));
        assertThat(tryItOut(myAccount)).isEqualTo("200").isIn(documentedStatuses(myAccount));
        assertThat(
                        browser.findElement(
                                        By.cssSelector(
                                                myAccount
                                                        + " .live-responses-table .response-col_description pre"))
                                .getText())
                .contains("\"username\": \"" + username + "\"");
    }

    private static String registerAndLogIn(String username) throws Exception {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUrl);
        AccountsApi accounts = new AccountsApi(client);
        accounts.register(
                new RegistrationRequest()
                        .username(username)
                        .email(username + "@example.org")
                        .password("a long enough password"));
        return accounts.logIn(new LoginRequest().login(username).password("a long enough password"))
                .getAccessToken();
    }

    /** The CSS selector of the operation block of this method and path. */
    private static String operation(String method, String path) {
        return ".opblock.opblock-"
                + method
                + ":has(> .opblock-summary .opblock-summary-path[data-path='"
                + path
                + "'])";
    }

    /**
     * The document's server is templated ({scheme}://{host}:{port}, port 8080 by default); this
     * instance listens on a free port, so set the port variable as a user would.
     */
    private static void pointServersAtThisInstance() {
        String port = String.valueOf(java.net.URI.create(baseUrl).getPort());
        for (var row : browser.findElements(By.cssSelector(".scheme-container tr"))) {
            var cells = row.findElements(By.tagName("td"));
            if (cells.size() == 2 && cells.get(0).getText().trim().equals("port")) {
                cells.get(1)
                        .findElement(By.tagName("input"))
                        .sendKeys(Keys.chord(Keys.CONTROL, "a"), port);
            }
        }
        waitUpTo(Duration.ofSeconds(10))
                .until(
                        ExpectedConditions.textToBePresentInElementLocated(
                                By.cssSelector(".scheme-container .computed-url"),
                                "localhost:" + port));
    }

    private static void authorize(String accessToken) {
        clickWhenReady(".auth-wrapper button.authorize");
        waitUpTo(Duration.ofSeconds(10))
                .until(
                        ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector(".modal-ux .auth-container input")))
                .sendKeys(accessToken);
        clickWhenReady(".modal-ux button.modal-btn.authorize");
        clickWhenReady(".modal-ux button.btn-done");
        waitUpTo(Duration.ofSeconds(10))
                .until(
                        ExpectedConditions.invisibilityOfElementLocated(
                                By.cssSelector(".modal-ux")));
    }

    /** Opens the operation, presses "Try it out" and "Execute", and returns the status shown. */
    private static String tryItOut(String operation) {
        clickWhenReady(operation + " .opblock-summary-control");
        clickWhenReady(operation + " .try-out__btn");
        clickWhenReady(operation + " button.execute");
        return waitUpTo(Duration.ofSeconds(30))
                .until(
                        ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector(
                                        operation
                                                + " .live-responses-table tbody .response-col_status")))
                .getText()
                .trim();
    }

    /** The statuses the document lists for this operation, as Swagger UI shows them. */
    private static List<String> documentedStatuses(String operation) {
        return browser
                .findElements(
                        By.cssSelector(
                                operation
                                        + " .responses-table:not(.live-responses-table) tr.response"))
                .stream()
                .map(row -> row.getAttribute("data-code"))
                .toList();
    }

    private static void clickWhenReady(String selector) {
        waitUpTo(Duration.ofSeconds(15))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(selector)))
                .click();
    }

    private static WebDriverWait waitUpTo(Duration timeout) {
        return new WebDriverWait(browser, timeout);
    }

    private static Optional<String> firstExisting(String property, List<String> candidates) {
        String configured = System.getProperty(property);
        return (configured != null ? List.of(configured) : candidates)
                .stream().filter(path -> Files.isExecutable(Path.of(path))).findFirst();
    }

    private static void saveScreenshot(String name) {
        try {
            Path directory =
                    Path.of(System.getProperty("screenshots.directory", "target/screenshots"));
            Files.createDirectories(directory);
            File shot =
                    ((org.openqa.selenium.TakesScreenshot) browser)
                            .getScreenshotAs(OutputType.FILE);
            Path target = directory.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            System.err.println("Swagger UI screenshot of the failure: " + target.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
