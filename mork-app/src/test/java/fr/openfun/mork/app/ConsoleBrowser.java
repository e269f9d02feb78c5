package fr.openfun.mork.app;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless chromium driven through {@code /usr/bin/chromedriver}, named explicitly so
 * Selenium Manager never looks for a driver on the network. Fails when either is missing ({@code
 * .ci/services.sh} installs them). Saves a screenshot of each page under {@code
 * target/console-screenshots}.
 */
final class ConsoleBrowser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target", "console-screenshots");

  final WebDriver driver;
  private final String base;
  private int shots;

  ConsoleBrowser(int port) {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new AssertionError(
          "chromium and chromium-driver are missing: run .ci/services.sh"
              + " (apt-get install -y chromium chromium-driver)");
    }
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1280,1600");
    this.driver = new ChromeDriver(service, options);
    this.base = "http://127.0.0.1:" + port;
    try {
      Files.createDirectories(SHOTS);
      try (var old = Files.list(SHOTS)) {
        for (Path png : old.filter(f -> f.toString().endsWith(".png")).toList()) {
          Files.delete(png);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void open(String path) {
    driver.get(base + path);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  boolean has(String css) {
    return !driver.findElements(By.cssSelector(css)).isEmpty();
  }

  /** The element's text; looks again when a self-refreshing page replaced it meanwhile. */
  String text(String css) {
    for (int attempt = 1; ; attempt++) {
      try {
        return find(css).getText();
      } catch (WebDriverException e) {
        // stale or detached element, or no element yet: the page reloaded between two commands
        if (attempt == 20) {
          throw e;
        }
        pause(100);
      }
    }
  }

  /** Clicks a link or a form's button and waits for the next page to replace this one. */
  void click(String css) {
    WebElement page = find("html");
    find(css).click();
    awaitReplaced(page);
  }

  /** Clicks a button whose form asks for confirmation, confirms, and waits for the next page. */
  void clickAndConfirm(String css) {
    WebElement page = find("html");
    find(css).click();
    driver.switchTo().alert().accept();
    awaitReplaced(page);
  }

  private void awaitReplaced(WebElement page) {
    await(
        "the next page",
        Duration.ofSeconds(20),
        false,
        () -> {
          try {
            page.isEnabled();
            return false;
          } catch (StaleElementReferenceException e) {
            return true;
          } catch (org.openqa.selenium.WebDriverException e) {
            // mid-navigation Chrome may answer that the node left the document (the page was
            // replaced) instead of a stale reference; any other answer: look again
            return String.valueOf(e.getMessage()).contains("does not belong to the document");
          }
        });
  }

  /** Waits for the condition, reloading the page between looks when {@code reload}. */
  void await(String what, Duration timeout, boolean reload, BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(timeout);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        screenshot("timeout");
        throw new AssertionError("timed out waiting for " + what + " on " + driver.getCurrentUrl());
      }
      pause(250);
      if (reload) {
        driver.navigate().refresh();
      }
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Waits for the browser to land on {@code path} (a form's answer may still be loading). */
  void awaitPath(String path) {
    await("page " + path, Duration.ofSeconds(20), false, () -> path().equals(path));
  }

  String path() {
    return driver.getCurrentUrl().substring(base.length());
  }

  void screenshot(String name) {
    File shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    try {
      Files.copy(
          shot.toPath(),
          SHOTS.resolve(String.format("%02d-%s.png", ++shots, name)),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
