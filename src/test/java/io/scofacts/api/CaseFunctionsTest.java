package io.scofacts.api;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.scofacts.DynamoDbLocalResource;
import io.scofacts.TestTexts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
class CaseFunctionsTest {

    private static final String PLATFORM = "中哈跨境数据服务平台项目";
    private String launchArticle;
    private String followUpArticle;

    /** Submitting and extracting are idempotent, so every test may do it again. */
    @BeforeEach
    void twoArticlesNameOneProject() {
        launchArticle = Api.submit(Map.of("text", TestTexts.article("almaty-data-platform-zh.txt"),
                "title", "中哈跨境数据服务平台项目启动", "publishedOn", "2026-03-18"));
        followUpArticle = Api.submit(Map.of("text", TestTexts.article("almaty-data-platform-followup-zh.txt"),
                "publishedOn", "2026-06-02"));
        String agriculture = Api.submit(TestTexts.article("fergana-agriculture-zh.txt"));
        for (String id : List.of(launchArticle, followUpArticle, agriculture)) {
            Api.post("extractFacts", Map.of("articleId", id)).statusCode(200);
        }
    }

    private static String caseIdOfPlatform() {
        List<String> ids = Api.post("listCases", Map.of("text", PLATFORM)).statusCode(200).extract().path("items.caseId");
        assertEquals(1, ids.size(), "one case for " + PLATFORM);
        return ids.get(0);
    }

    @Test
    void summarisesACaseAcrossTheArticlesThatNameIt() {
        String caseId = caseIdOfPlatform();
        Api.post("caseSummary", Map.of("caseId", caseId)).statusCode(200)
                .body("caseId", equalTo(caseId))
                .body("name", equalTo(PLATFORM))
                .body("countries", hasItem("KZ"))
                .body("sources.articleId", containsInAnyOrder(launchArticle, followUpArticle))
                .body("sources[0].articleId", equalTo(launchArticle))
                .body("sources[0].title", equalTo("中哈跨境数据服务平台项目启动"))
                .body("sources[0].publishedOn", equalTo("2026-03-18"));
    }

    @Test
    void listsCasesAndFiltersThemByCountry() {
        Api.post("listCases", Map.of()).statusCode(200)
                .body("items.caseId", hasItem(caseIdOfPlatform()))
                .body("items.caseId", everyItem(matchesPattern("c-[0-9a-f]{24}")))
                .body("items.name", everyItem(notNullValue()));
        Api.post("listCases", Map.of("country", "uz")).statusCode(200)
                .body("items.name", hasItem("中乌智慧农业示范项目"))
                .body("items.countries", everyItem(hasItem("UZ")));
        Api.post("listCases", Map.of("country", "KZ")).statusCode(200)
                .body("items.countries", everyItem(hasItem("KZ")));
        Api.post("listCases", Map.of("country", "BR")).statusCode(200)
                .body("items", hasSize(0)).body("next", equalTo(null));
    }

    @Test
    void pagesThroughEveryCaseOnceWithTokens() {
        List<String> all = Api.post("listCases", Map.of("limit", 100)).statusCode(200).extract().path("items.caseId");
        List<String> paged = new ArrayList<>();
        String token = null;
        do {
            Map<String, Object> request = new HashMap<>(Map.of("limit", 1));
            if (token != null) {
                request.put("pageToken", token);
            }
            var page = Api.post("listCases", request).statusCode(200).extract();
            paged.addAll(page.path("items.caseId"));
            token = page.path("next");
        } while (token != null);
        assertEquals(all, paged);
    }

    @Test
    void refusesATokenFromAnotherFilter() {
        String token = Api.post("listCases", Map.of("limit", 1)).statusCode(200).extract().path("next");
        assertNotEquals(null, token);
        Api.post("listCases", Map.of("country", "KZ", "pageToken", token)).statusCode(400)
                .body("error", equalTo("invalid_page_token"));
    }

    @Test
    void reExtractingAndResubmittingDuplicatesNothing() {
        String caseId = caseIdOfPlatform();
        Api.submit(Map.of("text", TestTexts.article("almaty-data-platform-zh.txt")));
        Api.post("extractFacts", Map.of("articleId", launchArticle)).statusCode(200);
        Api.post("caseSummary", Map.of("caseId", caseId)).statusCode(200).body("sources", hasSize(2));
    }
}
