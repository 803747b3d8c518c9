package io.scofacts.core.extract.date;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.extract.TestArticles;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Inputs built to make date matching slow: it must stay linear and finish quickly. */
class DateAdversarialInputTest {

    private static final int LENGTH = 500_000;

    @ParameterizedTest
    @ValueSource(strings = {"1", "2025年", "1 ", "12.", "2025-", "7月", "十", "〇", "周", "July 1 ", "10 июля ", "今年",
            "时间:", "1/", "日"})
    void repeatedFragmentFinishesQuickly(String fragment) {
        String text = fragment.repeat(LENGTH / fragment.length());
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            var findings = DateAssertions.run(TestArticles.of(text, "zh", "Hans", LocalDate.of(2025, 7, 16)));
            assertTrue(findings.dates().size() <= text.length());
        });
    }
}
