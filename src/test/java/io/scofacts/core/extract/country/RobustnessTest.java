package io.scofacts.core.extract.country;

import static io.scofacts.core.extract.TestArticles.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.scofacts.core.extract.CountryMention;
import io.scofacts.core.extract.TestArticles;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RobustnessTest {

    private static final int SIZE = 500_000;

    @Test
    void adversarialInputsFinishInBoundedTime() {
        String[] units = {"中", "中乌", "中乌、", "乌方", "1日本", "日本", "中 ", "中\n", "印度尼西亚", "Россия ", "U.S.", "9",
            "《", "“", "(", "中国际"};
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (String unit : units) {
                String text = unit.repeat(SIZE / unit.length() + 1).substring(0, SIZE);
                CountryFinds.mentions(TestArticles.of(text, "zh", "Hans", null));
            }
        });
    }

    @Test
    void longListOfPairsIsReadWithoutRecursion() {
        String text = "中乌、".repeat(100_000) + "中哈合作";
        List<CountryMention> mentions = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> CountryFinds.mentions(zh(text)));
        assertEquals(200_002, mentions.size());
    }

    @Test
    void oneInstanceServesConcurrentCallers() {
        String text = "中乌合作与中哈两国关系，乌方和俄方代表，印度尼西亚、Uzbekistan、в Казахстане。";
        List<String> expected = CountryFinds.in(zh(text));
        List<List<String>> parallel = java.util.stream.IntStream.range(0, 64).parallel()
                .mapToObj(i -> CountryFinds.in(zh(text))).toList();
        parallel.forEach(found -> assertEquals(expected, found));
        assertEquals(9, expected.size());
    }

    @Test
    void spansMapBackThroughInvisibleAndFullWidthChars() {
        String text = "新华社电\u200B　中\u200B国与乌兹别克斯坦、Ｒｕｓｓｉａ";
        List<CountryMention> mentions = CountryFinds.mentions(zh(text));
        assertEquals(List.of("CN", "UZ", "RU"), mentions.stream().map(CountryMention::code).toList());
        assertFalse(mentions.get(0).surface().isEmpty());
    }
}
