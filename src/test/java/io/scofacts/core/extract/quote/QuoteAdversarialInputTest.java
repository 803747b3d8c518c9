package io.scofacts.core.extract.quote;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.extract.TestArticles;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Inputs built to make quote pairing and attribution slow: they must stay linear. */
class QuoteAdversarialInputTest {

    private static final int LENGTH = 500_000;

    @ParameterizedTest
    @ValueSource(strings = {"“", "”", "«", "»", "\"", "“数字经济”", "«a «b", "(((", "“他说", "说", "他说:“我们一起努力。”",
            "“我们一起努力。”他说,", "\"We will go on,\" he said. ", "«Мы готовы», — сказал он. ", "院长", "·",
            "“数字经济合作前景广阔。”院长院长院长院长院长院长院长院长院长院长"})
    void repeatedFragmentFinishesQuickly(String fragment) {
        String text = fragment.repeat(LENGTH / fragment.length());
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            var quotes = QuoteAssertions.quotes(TestArticles.zh(text));
            assertTrue(quotes.size() <= text.length());
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 1999, 2001, 100_000})
    void longUnclosedQuotationIsDroppedQuickly(int spacing) {
        StringBuilder text = new StringBuilder();
        while (text.length() < LENGTH) {
            text.append('“').append("数".repeat(spacing));
        }
        assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertTrue(QuoteAssertions.quotes(TestArticles.zh(text.toString())).isEmpty()));
    }
}
