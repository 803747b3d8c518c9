package io.scofacts.page;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs)
 * driven by Selenium, with a fresh profile that is deleted afterwards. Nothing is downloaded:
 * the browser and the driver are named, so Selenium Manager is never asked for either.
 */
final class Browser implements AutoCloseable {

    /**
     * The tag of the tests that drive the browser: they run in the local build; the Lambda build
     * runs PageServingTest instead, which fetches every file of the page through the event adapter.
     */
    static final String TAG = "browser";

    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Path SCREENSHOTS = Path.of(System.getProperty("scofacts.screenshots", "target/screenshots"));

    private final Path profile;
    private final ChromeDriverService service;
    final ChromeDriver driver;

    private Browser(Path profile, ChromeDriverService service, ChromeDriver driver) {
        this.profile = profile;
        this.service = service;
        this.driver = driver;
    }

    static Browser start() {
        File chromium = executable("scofacts.chromium", "/usr/bin/chromium");
        File chromedriver = executable("scofacts.chromedriver", "/usr/bin/chromedriver");
        Path profile;
        try {
            profile = Files.createTempDirectory("scofacts-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--lang=en-US", "--user-data-dir=" + profile,
                "--window-size=" + DESKTOP.getWidth() + "," + DESKTOP.getHeight());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
                .usingAnyFreePort().withSilent(true).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT).scriptTimeout(WAIT);
        return new Browser(profile, service, driver);
    }

    private static File executable(String property, String fallback) {
        File file = new File(System.getProperty(property, fallback));
        if (!file.canExecute()) {
            throw new IllegalStateException(file + " is missing: the page tests need Debian's chromium and chromium-driver"
                    + " (.ci/run installs them with apt-get), or -D" + property + "=<path>");
        }
        return file;
    }

    /** Opens an address of the page and waits until its view has been drawn. */
    void open(URL url) {
        driver.get(url.toString());
        waitForView();
    }

    void waitForView() {
        waitFor(By.cssSelector("#main > .view[data-ready=\"true\"]"));
    }

    /** Does what makes the page draw another view (a link, a form, back), and waits until it is drawn. */
    void awaitNewView(Runnable action) {
        // A view is known by its document (a reload starts a new one) and its number in that document.
        Object before = script("const view = document.querySelector('#main > .view');"
                + " return performance.timeOrigin + ':' + (view ? view.dataset.render : '');");
        action.run();
        until(driver -> {
            Object now = script("const view = document.querySelector('#main > .view[data-ready=\"true\"]');"
                    + " return view ? performance.timeOrigin + ':' + view.dataset.render : null;");
            return now != null && !now.equals(before) ? now : null;
        });
    }

    WebElement waitFor(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }

    WebElement find(By locator) {
        return driver.findElement(locator);
    }

    List<WebElement> findAll(By locator) {
        return driver.findElements(locator);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Puts text into a field as pasting does (ChromeDriver cannot type characters outside the BMP, such as emoji). */
    void paste(WebElement field, String text) {
        script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                field, text);
    }

    void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    /** Saves what the browser shows as target/screenshots/NAME.png (a review aid, not an assertion). */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // A profile left in the temporary directory is harmless.
        }
    }
}
