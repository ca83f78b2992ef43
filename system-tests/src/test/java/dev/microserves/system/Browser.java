package dev.microserves.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, found at
 * {@code /usr/bin} or where {@code CHROMIUM_BINARY} and {@code CHROMEDRIVER_BINARY} say), one
 * fresh profile per browser, pointed at the running system's storefront. Waits are explicit
 * conditions with a bound, never sleeps.
 */
final class Browser implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(30);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path profile;
    private int visits;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
        this.profile = profile;
    }

    /** The browser and its driver, if both are installed. */
    static Optional<Path[]> installed() {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver"));
        return Files.isExecutable(chromium) && Files.isExecutable(chromedriver)
                ? Optional.of(new Path[] {chromium, chromedriver}) : Optional.empty();
    }

    static Browser open() {
        Path[] binaries = installed().orElseThrow(() -> new IllegalStateException("No chromium/chromedriver"));
        try {
            Path profile = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-profile-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(binaries[0].toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,1100", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(binaries[1].toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(WAIT).scriptTimeout(WAIT);
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens a storefront route ({@code "#/cart"}) as a fresh page load (a query of its own each
     * time: a new hash alone would not reload the page) and waits until the shop has drawn it.
     */
    Browser go(String route) {
        driver.get("http://localhost:" + RunningSystem.EDGE_PORT + "/?visit=" + (++visits) + route);
        until(d -> !d.findElements(By.cssSelector("main[data-route]:not([aria-busy])")).isEmpty());
        return this;
    }

    WebElement visible(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    WebElement clickable(By locator) {
        return wait.until(ExpectedConditions.elementToBeClickable(locator));
    }

    void click(By locator) {
        clickable(locator).click();
    }

    void type(By locator, String text) {
        WebElement input = visible(locator);
        input.clear();
        input.sendKeys(text);
    }

    /** Waits until the element shows a text containing {@code part}, and returns its whole text. */
    String textContaining(By locator, String part) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, part));
        return driver.findElement(locator).getText();
    }

    <T> T until(ExpectedCondition<T> condition) {
        return wait.until(condition);
    }

    List<WebElement> all(By locator) {
        return driver.findElements(locator);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    WebDriver driver() {
        return driver;
    }

    /** Saves what the browser shows as target/screenshots/{name}.png. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Path taken = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(taken, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var paths = Files.walk(profile)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A profile left behind under target/ costs nothing.
        }
    }
}
