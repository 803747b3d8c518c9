package io.scofacts.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.scofacts.DynamoDbLocalResource;
import io.scofacts.TestTexts;
import io.scofacts.api.Api;
import io.scofacts.page.Highlights.Rendered;
import io.scofacts.page.Highlights.Run;
import java.net.URL;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The page in a real browser: submitting articles and reading their facts in the text. */
@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
class PageSubmissionTest extends PageInBrowser {

    private static final String LONG_ARTICLE = "page/telemedicine-hans.txt";

    @Test
    void submittedArticleShowsEveryFactHighlightedAtItsOffsetsAndADuplicateAsSuch() {
        // A line of its own makes this text new to the store, whichever test stored the article before.
        String text = TestTexts.article(LONG_ARTICLE) + "\n(稿件编号 " + System.nanoTime() + ")\n";
        submitThroughTheForm(text, Map.of("title", "中塔远程医疗服务网络项目覆盖杜尚别五家医院", "publishedOn", "2026-11-03"));
        WebElement status = browser.find(By.cssSelector(".status"));
        assertTrue(status.getText().startsWith("Stored as a new article"), status.getText());
        String articleId = status.getAttribute("data-article-id");

        Rendered rendered = Highlights.rendered(browser);
        assertEquals(text, rendered.text(), "the text is shown exactly as stored");
        Map<String, List<Run>> expected = Highlights.expected(sheetOf(articleId));
        assertTrue(expected.size() >= 10, "facts found: " + expected.keySet());
        assertEquals(expected, rendered.facts(), "every fact highlighted at its offsets");
        assertEquals(List.of("中塔远程医疗服务网络项目", "中塔远程医疗服务网络项目"),
                Highlights.texts(text, rendered.facts().get(keyOf("中塔远程医疗服务网络项目"))));
        List<String> groups = browser.findAll(By.cssSelector(".fact-group summary")).stream().map(WebElement::getText).toList();
        assertTrue(groups.contains("Countries (2)") && groups.stream().anyMatch(g -> g.startsWith("Figures (")), groups.toString());
        browser.screenshot("submit-facts-highlighted");

        browser.find(By.cssSelector(".submit-form button[type=submit]")).click();
        browser.until(driver -> browser.find(By.cssSelector(".status")).getText().startsWith("Already stored"));
        assertTrue(browser.find(By.cssSelector(".status")).getText().contains(articleId + "; nothing new was stored"));
        browser.waitFor(By.cssSelector(".reading .fact-button"));
    }

    @Test
    void choosingAFactShowsItsMentionsAndChoosingAHighlightShowsItsFact() {
        String articleId = Api.submit(Map.of("text", TestTexts.article(LONG_ARTICLE), "publishedOn", "2026-11-03"));
        browser.resize(new Dimension(1280, 600));
        browser.open(articleUrl(articleId));
        Map<String, List<Run>> expected = Highlights.expected(sheetOf(articleId));
        String mostMentioned = expected.entrySet().stream().max(Comparator.comparingInt(e -> e.getValue().size()))
                .orElseThrow().getKey();
        List<Run> mentions = expected.get(mostMentioned);
        assertTrue(mentions.size() >= 3, mostMentioned + " " + mentions);

        browser.find(By.cssSelector("button[data-fact='" + mostMentioned + "']")).click();
        Rendered rendered = Highlights.rendered(browser);
        assertEquals(mentions, rendered.selected(), "every mention of the fact highlighted");
        assertEquals(List.of(mentions.get(0)), rendered.current());
        assertTrue(currentMentionIsInView(), "scrolled to the first mention");
        assertTrue(selectionText().contains("Mention 1 of " + mentions.size()), selectionText());

        browser.find(By.cssSelector(".selection [data-step=next]")).click();
        browser.find(By.cssSelector(".selection [data-step=next]")).click();
        assertEquals(List.of(mentions.get(2)), Highlights.rendered(browser).current());
        assertTrue(currentMentionIsInView(), "scrolled to the third mention");
        assertTrue(selectionText().contains("Mention 3 of " + mentions.size()), selectionText());
        browser.screenshot("fact-mentions-selected");

        String figure = keyOf("约2万人次");
        WebElement highlight = browser.find(By.cssSelector("mark[data-primary='" + figure + "']"));
        highlight.click();
        WebElement button = browser.find(By.cssSelector("button[data-fact='" + figure + "']"));
        assertEquals("true", button.getAttribute("aria-pressed"), "the clicked highlight's fact is chosen");
        assertTrue(button.isDisplayed());
        assertTrue(selectionText().contains("约2万人次") && selectionText().contains("20,000 person"), selectionText());
        assertEquals(expected.get(figure), Highlights.rendered(browser).selected());
        browser.screenshot("highlight-shows-its-fact");
    }

    @Test
    void keyboardAloneChoosesFactsAndStepsThroughMentionsAndEveryFieldIsLabelled() {
        String articleId = Api.submit(Map.of("text", TestTexts.article(LONG_ARTICLE), "publishedOn", "2026-11-03"));
        browser.open(page);
        assertEquals(List.of(), unlabelledFields(), "fields without a label on the submit view");
        browser.open(articleUrl(articleId));
        assertEquals(List.of(), unlabelledFields());

        WebElement focused = tabUntil(Keys.TAB, "fact-button");
        String key = focused.getAttribute("data-fact");
        focused.sendKeys(Keys.ENTER);
        assertEquals("true", focused.getAttribute("aria-pressed"));
        List<Run> mentions = Highlights.expected(sheetOf(articleId)).get(key);
        assertEquals(mentions, Highlights.rendered(browser).selected());
        if (mentions.size() > 1) {
            WebElement next = tabUntil(Keys.chord(Keys.SHIFT, Keys.TAB), "next");
            next.sendKeys(Keys.ENTER);
            assertEquals(List.of(mentions.get(1)), Highlights.rendered(browser).current());
            assertEquals("next", activeElement().getAttribute("data-step"), "the focus stays on Next");
        }
        browser.screenshot("keyboard-choice");
    }

    @Test
    void emptySubmissionShowsItsErrorBesideTheTextAndKeepsTheOtherFields() {
        browser.open(page);
        Map<String, String> typed = Map.of("title", "中吉合作新闻", "url", "https://example.org/news/1",
                "publishedOn", "2026-09-16", "language", "zh-Hans");
        fill(typed);
        submit();
        WebElement error = browser.until(driver -> nonEmpty(browser.find(By.cssSelector("[data-field=text] .field-error"))));
        assertTrue(error.getText().contains("\"text\""), error.getText());
        assertEquals("true", field("text").getAttribute("aria-invalid"));
        assertEquals("text", activeElement().getAttribute("name"), "the focus is on the field to mend");
        typed.forEach((name, value) -> assertEquals(value, field(name).getAttribute("value"), name + " kept"));
        assertEquals("", browser.find(By.cssSelector(".status")).getText(), "nothing stored");
        browser.screenshot("empty-submission-error");

        String text = "中吉两国企业签署数字贸易合作协议。";
        browser.paste(field("text"), text);
        field("publishedOn").clear();
        field("publishedOn").sendKeys("2026-02-30");
        submit();
        String dateError = browser.until(driver ->
                nonEmpty(browser.find(By.cssSelector("[data-field=publishedOn] .field-error")))).getText();
        assertTrue(dateError.contains("2026-02-30"), dateError);
        assertEquals("", browser.find(By.cssSelector("[data-field=text] .field-error")).getText(), "the text's error is gone");
        assertEquals(text, field("text").getAttribute("value"), "the text kept");
        assertEquals("中吉合作新闻", field("title").getAttribute("value"));
    }

    @ParameterizedTest
    @CsvSource({"page/cold-chain-hant.txt, zh-Hant", "page/customs-school-ru.txt, ru", "training-project-en.txt, en",
        "page/customs-platform-progress-hans.txt, zh-Hans"})
    void everyScriptHighlightsAtTheRightCharacters(String article, String language) {
        String text = TestTexts.article(article);
        submitThroughTheForm(text, Map.of());
        String articleId = browser.find(By.cssSelector(".status")).getAttribute("data-article-id");
        Map<String, Object> sheet = sheetOf(articleId);
        Rendered rendered = Highlights.rendered(browser);
        assertEquals(text, rendered.text());
        Map<String, List<Run>> expected = Highlights.expected(sheet);
        assertTrue(expected.size() >= 5, "facts found: " + expected.keySet());
        assertEquals(expected, rendered.facts(), "highlights at the FactSheet's UTF-16 offsets");
        for (Map.Entry<String, List<Run>> fact : expected.entrySet()) {
            String title = browser.find(By.cssSelector("button[data-fact='" + fact.getKey() + "'] .fact-title")).getText();
            assertFalse(title.isBlank(), fact.getKey());
        }
        assertEquals(language, browser.find(By.cssSelector(".article-text")).getAttribute("lang"));
        browser.screenshot("script-" + language);
    }

    @Test
    void theTextsOfAstralCharactersAreCountedInUtf16Units() {
        for (String article : List.of("page/cold-chain-hant.txt", "page/customs-school-ru.txt")) {
            String text = TestTexts.article(article);
            assertTrue(text.codePointCount(0, text.length()) < text.length(),
                    article + " must hold a character outside the BMP before its facts, or the offset test proves less");
        }
    }

    @Test
    void articleTextIsNeverInsertedAsMarkup() {
        String text = "中乌数字合作论坛在塔什干举行<img src=x onerror=\"window.injected=1\"><script>window.injected=2</script>"
                + "<b>乌兹别克斯坦</b>代表出席。";
        submitThroughTheForm(text, Map.of());
        assertEquals(text, Highlights.rendered(browser).text());
        assertEquals(0L, browser.script("return document.querySelectorAll('.reading img, .reading script, .reading b').length"));
        assertNull(browser.script("return window.injected"));
    }

    @Test
    void usableAtPhoneWidth() {
        String articleId = Api.submit(Map.of("text", TestTexts.article(LONG_ARTICLE), "publishedOn", "2026-11-03"));
        browser.resize(Browser.PHONE);
        browser.open(page);
        assertFalse(overflowsSideways(), "the submit view is wider than a phone");
        browser.open(articleUrl(articleId));
        assertFalse(overflowsSideways(), "the article view is wider than a phone");
        Number textTop = (Number) browser.script("return document.querySelector('.text-panel').getBoundingClientRect().top");
        Number factsTop = (Number) browser.script("return document.querySelector('.facts-panel').getBoundingClientRect().top");
        assertTrue(factsTop.doubleValue() > textTop.doubleValue(), "one column: the facts follow the text");
        browser.find(By.cssSelector(".fact-button")).click();
        assertTrue(currentMentionIsInView());
        Number scrolled = (Number) browser.script("return window.scrollY;");
        browser.find(By.cssSelector("mark.current")).click();
        assertEquals(scrolled, browser.script("return window.scrollY;"), "the text stays where it was");
        assertTrue((Boolean) browser.script("const box = document.querySelector('.selection').getBoundingClientRect();"
                + " return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;"), "the fact shows on screen");
        browser.screenshot("phone-article");
    }

    // --- helpers -------------------------------------------------------------------------------

    private URL articleUrl(String articleId) {
        return url("?view=article&id=" + articleId);
    }

    private void submitThroughTheForm(String text, Map<String, String> fields) {
        browser.open(page);
        browser.paste(field("text"), text);
        fill(fields);
        submit();
        browser.waitFor(By.cssSelector(".reading .article-text"));
    }

    private void fill(Map<String, String> fields) {
        fields.forEach((name, value) -> {
            if (value.codePoints().allMatch(c -> c < 0x10000)) {
                field(name).sendKeys(value);
            } else {
                browser.paste(field(name), value);
            }
        });
    }

    private void submit() {
        browser.find(By.cssSelector(".submit-form button[type=submit]")).click();
    }

    private WebElement field(String name) {
        return browser.find(By.cssSelector(".submit-form [name='" + name + "']"));
    }

    private static WebElement nonEmpty(WebElement element) {
        return element.getText().isBlank() ? null : element;
    }

    private static WebElement activeElement() {
        return browser.driver.switchTo().activeElement();
    }

    /** Presses the key until the focus is on an element with this class or data-step (40 presses at most). */
    private static WebElement tabUntil(CharSequence key, String classOrStep) {
        for (int i = 0; i < 40; i++) {
            activeElement().sendKeys(key);
            WebElement focused = activeElement();
            String classes = String.valueOf(focused.getAttribute("class"));
            if (List.of(classes.split(" ")).contains(classOrStep) || classOrStep.equals(focused.getAttribute("data-step"))) {
                return focused;
            }
        }
        throw new AssertionError("the keyboard never reached " + classOrStep);
    }

    private static String selectionText() {
        return browser.find(By.cssSelector(".selection")).getText();
    }

    private static boolean currentMentionIsInView() {
        return (Boolean) browser.script("const box = document.querySelector('mark.current').getBoundingClientRect();"
                + " return box.top >= 0 && box.bottom <= window.innerHeight;");
    }

    private static boolean overflowsSideways() {
        return (Boolean) browser.script("return document.documentElement.scrollWidth > window.innerWidth;");
    }

    @SuppressWarnings("unchecked")
    private static List<String> unlabelledFields() {
        return (List<String>) browser.script("return [...document.querySelectorAll('input, select, textarea')]"
                + ".filter((e) => e.type !== 'hidden' && e.labels.length === 0 && !e.getAttribute('aria-label')"
                + " && !e.getAttribute('aria-labelledby')).map((e) => e.name || e.id || e.outerHTML);");
    }

    /** The key (field.index) of the fact whose button shows this title. */
    private static String keyOf(String title) {
        return browser.findAll(By.cssSelector(".fact-button")).stream()
                .filter(button -> button.findElement(By.cssSelector(".fact-title")).getText().equals(title))
                .map(button -> button.getAttribute("data-fact")).findFirst()
                .orElseThrow(() -> new AssertionError("no fact titled " + title));
    }

    static Map<String, Object> sheetOf(String articleId) {
        return Api.post("extractFacts", Map.of("articleId", articleId)).statusCode(200).extract().jsonPath().getMap("$");
    }
}
