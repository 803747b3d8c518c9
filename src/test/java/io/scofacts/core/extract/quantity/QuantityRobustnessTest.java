package io.scofacts.core.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.TestArticles;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Adversarial 500,000-char inputs finish in bounded time (a correctness bound, not a benchmark). */
class QuantityRobustnessTest {

    private static final int LENGTH = 500_000;
    private static final Duration BOUND = Duration.ofSeconds(5);

    static Stream<Arguments> adversarialInputs() {
        return Stream.of(
                Arguments.of("digits", "1".repeat(LENGTH)),
                Arguments.of("grouped digits", "1,000".repeat(LENGTH / 5)),
                Arguments.of("digits and spaces", "1 000 ".repeat(LENGTH / 6)),
                Arguments.of("dotted digits", "1.".repeat(LENGTH / 2)),
                Arguments.of("dashed digits", "1-".repeat(LENGTH / 2)),
                Arguments.of("ten thousands", "1万".repeat(LENGTH / 2)),
                Arguments.of("computing power", "1万P".repeat(LENGTH / 3)),
                Arguments.of("digits and yi", "9亿".repeat(LENGTH / 2)),
                Arguments.of("chinese numerals", "一亿".repeat(LENGTH / 2)),
                Arguments.of("magnitudes", "亿".repeat(LENGTH)),
                Arguments.of("measure words", "约1500余名以上".repeat(LENGTH / 10)),
                Arguments.of("generic measure words", "3个".repeat(LENGTH / 2)),
                Arguments.of("spaced digits", "1 ".repeat(LENGTH / 2) + "名" + "新 华 社 ".repeat(100)),
                Arguments.of("spaces", " ".repeat(LENGTH)),
                Arguments.of("quotes and brackets", "“《(".repeat(LENGTH / 3)),
                Arguments.of("words", "more than ".repeat(LENGTH / 10)),
                Arguments.of("number words", "twenty-".repeat(LENGTH / 7)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adversarialInputs")
    void finishesInBoundedTime(String name, String text) {
        List<Function<String, AnalyzedArticle>> languages = List.of(TestArticles::zh, TestArticles::en, TestArticles::ru);
        for (Function<String, AnalyzedArticle> language : languages) {
            AnalyzedArticle article = language.apply(text);
            Findings findings = assertTimeoutPreemptively(BOUND,
                    () -> TestArticles.run(QuantityTestSupport.RECOGNIZER, article), name);
            assertTrue(findings.quantities().size() <= text.length(), name);
        }
    }
}
