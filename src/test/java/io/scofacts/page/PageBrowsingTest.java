package io.scofacts.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.scofacts.DynamoDbLocalResource;
import io.scofacts.TestTexts;
import io.scofacts.api.Api;
import io.scofacts.page.Highlights.Rendered;
import io.scofacts.page.Highlights.Run;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The page in a real browser: cases and events, their figures followed to their sentences, conflicts. */
@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
class PageBrowsingTest extends PageInBrowser {

    /** Two invented reports of one project giving different total investments. */
    private static final String PROJECT = "中吉数字口岸通关平台项目";
    private static final String LAUNCH = "page/customs-platform-launch-hans.txt";
    private static final String PROGRESS = "page/customs-platform-progress-hans.txt";

    private String launchArticle;
    private String progressArticle;
    private String caseId;

    /** Submitting and extracting are idempotent, so every test may do it again. */
    @BeforeEach
    void twoReportsOfOneProject() {
        launchArticle = Api.submit(Map.of("text", TestTexts.article(LAUNCH), "title", "中吉数字口岸通关平台项目在比什凯克启动",
                "publishedOn", "2026-09-16"));
        progressArticle = Api.submit(Map.of("text", TestTexts.article(PROGRESS), "publishedOn", "2026-12-02"));
        for (String id : List.of(launchArticle, progressArticle)) {
            Api.post("extractFacts", Map.of("articleId", id)).statusCode(200);
        }
        caseId = caseNamingBothArticles();
    }

    /** Cases may be brought up to date after extraction answers: wait for the case to list both articles. */
    private static String caseNamingBothArticles() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            List<Map<String, Object>> items = Api.post("listCases", Map.of("text", PROJECT)).statusCode(200)
                    .extract().jsonPath().getList("items");
            for (Map<String, Object> item : items) {
                if (PROJECT.equals(item.get("name")) && ((Number) item.get("articleCount")).intValue() >= 2) {
                    return (String) item.get("caseId");
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no case of " + PROJECT + " naming both articles: " + items);
            }
            sleep();
        }
    }

    @Test
    void openACaseFromTheListAndFollowAFigureToItsSentence() {
        browser.open(url("?view=cases"));
        WebElement filter = browser.find(By.cssSelector(".filters [name=text]"));
        filter.sendKeys("数字口岸");
        browser.awaitNewView(browser.find(By.cssSelector(".filters button[type=submit]"))::click);
        assertTrue(browser.driver.getCurrentUrl().contains("text="), "the filter is in the address");
        browser.awaitNewView(browser.find(By.linkText(PROJECT))::click);
        browser.waitFor(By.cssSelector("[data-section=figures]"));
        assertTrue(browser.driver.getCurrentUrl().endsWith("?view=case&id=" + caseId), browser.driver.getCurrentUrl());
        assertEquals(PROJECT, browser.find(By.cssSelector("h1")).getText());
        String mergedNames = browser.find(By.cssSelector("[data-section=merged-names]")).getText();
        assertTrue(mergedNames.contains(PROJECT) && mergedNames.contains("countries"), "names and why: " + mergedNames);
        browser.screenshot("case-page");

        WebElement row = browser.findAll(By.cssSelector("[data-section=figures] tbody tr")).stream()
                .filter(tr -> tr.getText().contains("约3.6亿元")).findFirst().orElseThrow();
        browser.awaitNewView(row.findElement(By.cssSelector("a.source-link"))::click);
        assertTrue(browser.driver.getCurrentUrl().contains("view=article&id=" + launchArticle));

        String text = TestTexts.article(LAUNCH);
        Run figure = new Run(text.indexOf("约3.6亿元"), text.indexOf("约3.6亿元") + "约3.6亿元".length());
        Run sentence = sentenceOfCase(launchArticle, figure);
        assertCited(sentence, figure, text);
        assertTrue(citedIsInView(), "scrolled to the cited sentence");
        browser.screenshot("figure-followed-to-its-sentence");

        browser.awaitNewView(() -> browser.driver.navigate().refresh());
        assertCited(sentence, figure, text);
    }

    @Test
    void aConflictShowsBothValuesSideBySideWithTheirSources() {
        browser.open(url("?view=case&id=" + caseId));
        WebElement conflict = browser.waitFor(By.cssSelector("[data-section=conflicts] .conflict"));
        List<WebElement> claims = conflict.findElements(By.cssSelector(".claim"));
        assertEquals(2, claims.size(), conflict.getText());
        assertTrue(claims.get(0).getText().contains("360,000,000 CNY") && claims.get(0).getText().contains("约3.6亿元"),
                claims.get(0).getText());
        assertTrue(claims.get(1).getText().contains("420,000,000 CNY") && claims.get(1).getText().contains("4.2亿元"),
                claims.get(1).getText());
        assertEquals(claims.get(0).getRect().getY(), claims.get(1).getRect().getY(), "side by side");
        assertNotEquals(claims.get(0).getRect().getX(), claims.get(1).getRect().getX());
        assertEquals(launchArticle, claims.get(0).findElement(By.cssSelector("a.source-link")).getAttribute("data-article"));
        assertEquals(progressArticle, claims.get(1).findElement(By.cssSelector("a.source-link")).getAttribute("data-article"));
        browser.script("arguments[0].scrollIntoView({block: 'center'});", conflict);
        browser.screenshot("conflict-side-by-side");

        browser.awaitNewView(claims.get(1).findElement(By.cssSelector("a.source-link"))::click);
        String text = TestTexts.article(PROGRESS);
        Rendered rendered = Highlights.rendered(browser);
        assertEquals(List.of("4.2亿元"), Highlights.texts(text, rendered.citedMention()));
    }

    @Test
    void listsFilterAndPageWithRealAddresses() {
        browser.open(url("?view=cases&country=zz"));
        WebElement error = browser.waitFor(By.cssSelector("[data-field=country] .field-error"));
        assertTrue(error.getText().contains("ISO 3166-1"), error.getText());
        assertEquals("zz", browser.find(By.cssSelector(".filters [name=country]")).getAttribute("value"), "the input is kept");

        browser.open(url("?view=cases&country=KG"));
        List<String> names = browser.findAll(By.cssSelector("table.listing tbody td:first-child a")).stream()
                .map(WebElement::getText).toList();
        assertTrue(names.contains(PROJECT), names.toString());

        String training = Api.submit(TestTexts.article("training-project-en.txt"));
        Api.post("extractFacts", Map.of("articleId", training)).statusCode(200);
        browser.open(url("?view=cases&country=KG&limit=100"));
        int all = browser.findAll(By.cssSelector("table.listing tbody tr")).size();
        assertTrue(all >= 2, "cases naming KG: " + all);
        // The form offers 20, 50 and 100 a page; an address may ask for any size the API takes.
        browser.open(url("?view=cases&country=KG&limit=1"));
        List<String> seen = new ArrayList<>();
        int pages = 0;
        for (; pages < 100; pages++) {
            // A page may come back empty with a token for more (a filtered query's page): shown as such.
            List<WebElement> rows = browser.findAll(By.cssSelector("table.listing tbody tr"));
            assertTrue(rows.size() <= 1, "one case a page at most");
            rows.forEach(row -> seen.add(row.findElement(By.cssSelector("a")).getText()));
            List<WebElement> next = browser.findAll(By.cssSelector(".paging a[rel=next]"));
            if (next.isEmpty()) {
                break;
            }
            browser.awaitNewView(next.get(0)::click);
            assertTrue(browser.driver.getCurrentUrl().contains("page="));
        }
        assertEquals(all, seen.size(), "each case once: " + seen);
        assertEquals(all, Set.copyOf(seen).size(), "no case twice: " + seen);
        assertTrue(pages >= all - 1, "paged: " + pages);
        String lastPage = browser.driver.getCurrentUrl();
        browser.awaitNewView(() -> browser.driver.navigate().back());
        assertNotEquals(lastPage, browser.driver.getCurrentUrl(), "back shows the page before");
        browser.awaitNewView(() -> browser.driver.navigate().forward());
        assertEquals(lastPage, browser.driver.getCurrentUrl());
        browser.screenshot("cases-paged");
    }

    @Test
    void eventsListAndEventPage() {
        String forum = Api.submit(Map.of("text", TestTexts.article("cases/forum-opening-hans.txt")));
        Api.post("extractFacts", Map.of("articleId", forum)).statusCode(200);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String eventName;
        while (true) {
            List<String> events = Api.post("listEvents", Map.of()).statusCode(200).extract().jsonPath().getList("items.name");
            eventName = events.stream().filter(name -> name.contains("数字经济论坛")).findFirst().orElse(null);
            if (eventName != null || Instant.now().isAfter(deadline)) {
                break;
            }
            sleep();
        }
        assertTrue(eventName != null, "the forum is an event");
        browser.open(url("?view=events"));
        browser.awaitNewView(browser.find(By.linkText(eventName))::click);
        assertEquals(eventName, browser.find(By.cssSelector("h1")).getText());
        String attendance = browser.find(By.cssSelector("[data-section=attendance]")).getText();
        assertTrue(attendance.contains("1500"), attendance);
        browser.resize(Browser.PHONE);
        assertFalse((Boolean) browser.script("return document.documentElement.scrollWidth > window.innerWidth;"),
                "the event page is wider than a phone");
        browser.screenshot("event-page-phone");
    }

    // --- helpers -------------------------------------------------------------------------------

    private void assertCited(Run sentence, Run figure, String text) {
        Rendered rendered = Highlights.rendered(browser);
        assertEquals(List.of(sentence), rendered.citedSentence(), "the cited sentence: " + Highlights.texts(text, rendered.citedSentence()));
        assertEquals(List.of(figure), rendered.citedMention(), "the figure in it");
    }

    /** The sentence the case summary names for this article that holds the figure. */
    private Run sentenceOfCase(String articleId, Run figure) {
        List<Map<String, Object>> sources = Api.post("caseSummary", Map.of("caseId", caseId)).statusCode(200)
                .extract().jsonPath().getList("sources");
        for (Map<String, Object> source : sources) {
            if (articleId.equals(source.get("articleId"))) {
                @SuppressWarnings("unchecked")
                List<List<Number>> sentences = (List<List<Number>>) source.get("sentences");
                return sentences.stream().map(s -> new Run(s.get(0).intValue(), s.get(1).intValue()))
                        .filter(s -> s.start() <= figure.start() && figure.end() <= s.end())
                        .min(java.util.Comparator.comparingInt(s -> s.end() - s.start()))
                        .orElseThrow(() -> new AssertionError("no sentence of the case holds the figure"));
            }
        }
        throw new AssertionError("the case has no source " + articleId);
    }

    private static boolean citedIsInView() {
        return (Boolean) browser.script("const box = document.querySelector('.cited-mention').getBoundingClientRect();"
                + " return box.top >= 0 && box.bottom <= window.innerHeight;");
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
