package io.scofacts.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.scofacts.DynamoDbLocalResource;
import io.scofacts.TestTexts;
import io.scofacts.core.article.ArticleLimits;
import io.scofacts.support.TableCounts;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
class SubmitArticleTest {

    @Inject
    TableCounts tables;

    @Test
    void storesAnArticleExactlyAsSubmittedWithItsMetadata() {
        String text = "  \u00A0" + TestTexts.article("almaty-data-platform-zh.txt").replace("\n", "\r\n") + "\n\n";
        String id = Api.post("submitArticle", Map.of("text", text, "title", "中哈跨境数据服务平台项目启动",
                "url", "https://example.org/news/1", "publishedOn", "2026-03-18", "language", "zh-Hans"))
                .statusCode(200)
                .body("articleId", matchesPattern("a-[0-9a-f]{24}"))
                .body("duplicate", equalTo(false))
                .body("length", equalTo(text.length()))
                .extract().path("articleId");

        Api.post("getArticle", Map.of("articleId", id)).statusCode(200)
                .body("text", equalTo(text))
                .body("title", equalTo("中哈跨境数据服务平台项目启动"))
                .body("url", equalTo("https://example.org/news/1"))
                .body("publishedOn", equalTo("2026-03-18"))
                .body("language", equalTo("zh-Hans"));
    }

    @Test
    void theSameArticleSubmittedAgainIsOneArticle() {
        String text = TestTexts.article("fergana-agriculture-zh.txt") + "(供稿:Café Tachkent)";
        String first = Api.submit(text);
        long stored = tables.items();

        // Different line ends, surrounding whitespace and a decomposed form are the same article.
        String variant = "\n  " + Normalizer.normalize(text, Normalizer.Form.NFD)
                .replace("\n", "\r\n") + "  \n";
        Api.post("submitArticle", Map.of("text", variant, "title", "another title")).statusCode(200)
                .body("articleId", equalTo(first))
                .body("duplicate", equalTo(true));
        assertEquals(stored, tables.items(), "a duplicate stores nothing");
        Api.post("getArticle", Map.of("articleId", first)).body("text", equalTo(text));
    }

    @Test
    void simultaneousSubmissionsOfOneArticleStoreItOnce() throws Exception {
        String text = TestTexts.article("training-project-en.txt") + "\n(simultaneous)";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> Api.post("submitArticle", Map.of("text", text)).statusCode(200)
                        .extract().<Boolean>path("duplicate")));
            }
            long stored = 0;
            for (Future<Boolean> answer : answers) {
                stored += answer.get() ? 0 : 1;
            }
            assertEquals(1, stored, "exactly one submission stored the article");
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void differentTextIsADifferentArticle() {
        String a = Api.submit("上合组织数字经济合作第一条测试稿件。");
        String b = Api.submit("上合组织数字经济合作第二条测试稿件。");
        assertNotEquals(a, b);
    }

    @Test
    void storesTheLongestAllowedArticleWithoutLoss() {
        // Random CJK text barely compresses: it needs several DynamoDB items of under 400 KB.
        String text = randomHan(ArticleLimits.MAX_TEXT_LENGTH, 7);
        String id = Api.post("submitArticle", Map.of("text", text)).statusCode(200)
                .body("length", equalTo(ArticleLimits.MAX_TEXT_LENGTH)).extract().path("articleId");
        String stored = Api.post("getArticle", Map.of("articleId", id)).statusCode(200).extract().path("text");
        assertEquals(text, stored);
    }

    @Test
    void refusesAnArticleOverTheLimitAndStoresNothing() {
        long before = tables.items();
        Api.post("submitArticle", Map.of("text", randomHan(ArticleLimits.MAX_TEXT_LENGTH + 1, 8)))
                .statusCode(413)
                .body("error", equalTo("text_too_large"))
                .body("field", equalTo("text"));
        assertEquals(before, tables.items());
    }

    static String randomHan(int length, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(i % 97 == 96 ? '。' : (char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00)));
        }
        return text.toString();
    }
}
