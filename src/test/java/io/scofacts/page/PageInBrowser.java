package io.scofacts.page;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;

/**
 * What every browser test of the page shares: one Chromium per test class, desktop-sized before
 * each test, the tag that keeps them to the local build, and a bound on each test's time.
 */
@Tag(Browser.TAG)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
abstract class PageInBrowser {

    static Browser browser;

    @TestHTTPResource("/")
    URL page;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @BeforeEach
    void desktopWidth() {
        browser.resize(Browser.DESKTOP);
    }

    /** An address of the page: "?view=…". */
    URL url(String address) {
        try {
            return new URL(page, address);
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
