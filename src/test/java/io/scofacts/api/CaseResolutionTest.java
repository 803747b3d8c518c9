package io.scofacts.api;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.scofacts.DynamoDbLocalResource;
import io.scofacts.TestTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cases and events gathered across articles, over HTTP against DynamoDB Local. */
@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
class CaseResolutionTest {

    private String launchHans;
    private String progressHant;
    private String reportEn;
    private String livelihood;
    private String forumHans;
    private String forumEn;

    /** Submitting and extracting are idempotent, so every test may do it again. */
    @BeforeEach
    void articlesAreSubmittedAndExtracted() {
        launchHans = submitAndExtract("cases/ecommerce-launch-hans.txt", "2026-03-12");
        progressHant = submitAndExtract("cases/ecommerce-progress-hant.txt", "2026-05-09");
        reportEn = submitAndExtract("cases/ecommerce-en.txt", "2026-06-20");
        livelihood = submitAndExtract("cases/livelihood-cases-hans.txt", "2026-04-02");
        forumHans = submitAndExtract("cases/forum-opening-hans.txt", "2025-07-10");
        forumEn = submitAndExtract("cases/forum-opening-en.txt", "2025-07-11");
    }

    private static String submitAndExtract(String article, String publishedOn) {
        String id = Api.submit(Map.of("text", TestTexts.article(article), "publishedOn", publishedOn));
        Api.post("extractFacts", Map.of("articleId", id)).statusCode(200);
        return id;
    }

    private static String caseIdNamed(String text, String name) {
        List<Map<String, Object>> items = Api.post("listCases", Map.of("text", text, "limit", 100)).statusCode(200)
                .extract().path("items");
        return items.stream().filter(item -> name.equals(item.get("name")) || ((List<?>) item.get("aliases")).contains(name))
                .map(item -> (String) item.get("caseId")).findFirst().orElseThrow(() -> new AssertionError(
                        "no case named " + name + " among " + items));
    }

    @Test
    void oneCaseNamedThreeWaysInSimplifiedTraditionalAndEnglishIsOneCase() {
        String caseId = caseIdNamed("电商生态", "中乌电商生态体系项目");
        assertEquals(caseId, caseIdNamed("電子商務", "烏茲別克斯坦電子商務體系優化項目"));
        assertEquals(caseId, caseIdNamed("ecosystem", "Uzbekistan E-commerce Ecosystem Project"));
        Api.post("caseSummary", Map.of("caseId", caseId)).statusCode(200)
                .body("name", equalTo("中乌电商生态体系项目"))
                .body("aliases", hasItems("烏茲別克斯坦電子商務體系優化項目", "Uzbekistan E-commerce Ecosystem Project"))
                .body("countries", hasItems("CN", "UZ"))
                .body("category", equalTo("产业数字化转型"))
                .body("sources.articleId", hasItems(launchHans, progressHant, reportEn, forumHans))
                .body("sources[0].articleId", equalTo(forumHans))
                .body("mergedNames.name", hasItems("中乌电商生态体系项目", "烏茲別克斯坦電子商務體系優化項目",
                        "Uzbekistan E-commerce Ecosystem Project"))
                .body("mergedNames.why", everyItem(org.hamcrest.Matchers.containsString("concepts ecommerce, ecosystem")))
                .body("summary", not(equalTo("")))
                .body("summarySentences.articleId", everyItem(org.hamcrest.Matchers.oneOf(launchHans, progressHant,
                        reportEn, forumHans)))
                .body("timeline.date", hasItems("2026-03-12", "2026-05-09", "2026-06-20"));
    }

    @Test
    void sourcesThatDisagreeOnAFigureAreBothShownWithTheirSources() {
        String caseId = caseIdNamed("电商生态", "中乌电商生态体系项目");
        List<Map<String, Object>> conflicts = Api.post("caseSummary", Map.of("caseId", caseId)).statusCode(200)
                .body("figures.value", hasItems(500000000, 300000000))
                .extract().path("conflicts.findAll { it.field == 'figure' && it.measure == 'investment:CNY' }");
        assertEquals(1, conflicts.size(), "one investment conflict: " + conflicts);
        List<Map<String, Object>> claims = castList(conflicts.get(0).get("claims"));
        assertEquals(2, claims.size());
        Map<Object, Object> sourceByValue = new java.util.HashMap<>();
        for (Map<String, Object> claim : claims) {
            List<Map<String, Object>> sources = castList(claim.get("sources"));
            sourceByValue.put(((Number) claim.get("value")).longValue(), sources.get(0).get("articleId"));
            assertNotNull(sources.get(0).get("mention"));
        }
        assertEquals(Map.of(500000000L, launchHans, 300000000L, progressHant), sourceByValue);
    }

    @Test
    void twoCasesSharingCountryAndCategoryStayApart() {
        String telemedicine = caseIdNamed("远程医疗", "中乌远程医疗合作项目");
        String education = caseIdNamed("智慧教育", "中乌智慧教育平台项目");
        assertNotEquals(telemedicine, education);
        Api.post("listCases", Map.of("category", "服務民生", "country", "UZ", "limit", 100)).statusCode(200)
                .body("items.caseId", hasItems(telemedicine, education))
                .body("items.category", everyItem(equalTo("服务民生")));
        Api.post("caseSummary", Map.of("caseId", telemedicine)).statusCode(200)
                .body("sources.articleId", equalTo(List.of(livelihood)))
                .body("aliases", hasSize(0));
    }

    @Test
    void listsFilterByCountryCategoryAndTextInAName() {
        String ecommerce = caseIdNamed("电商生态", "中乌电商生态体系项目");
        Api.post("listCases", Map.of("country", "UZ", "limit", 100)).statusCode(200)
                .body("items.caseId", hasItem(ecommerce)).body("items.countries", everyItem(hasItem("UZ")));
        Api.post("listCases", Map.of("country", "KZ", "text", "电商", "limit", 100)).statusCode(200)
                .body("items.caseId", not(hasItem(ecommerce)));
        Api.post("listCases", Map.of("category", "产业数字化转型", "limit", 100)).statusCode(200)
                .body("items.caseId", hasItem(ecommerce));
        Api.post("listCases", Map.of("text", "電商生態", "limit", 100)).statusCode(200)
                .body("items.caseId", hasItem(ecommerce));
        Api.post("listCases", Map.of("text", "电")).statusCode(400).body("field", equalTo("text"));
    }

    @Test
    void aForumGathersDateOrganisersAttendanceWithConflictAndSignedProjects() {
        List<Map<String, Object>> events = Api.post("listEvents", Map.of("limit", 100)).statusCode(200)
                .extract().path("items");
        String eventId = events.stream().filter(e -> "2025上合组织数字经济论坛".equals(e.get("name")))
                .map(e -> (String) e.get("eventId")).findFirst().orElseThrow(() -> new AssertionError(events.toString()));
        List<Map<String, Object>> conflicts = Api.post("eventSummary", Map.of("eventId", eventId)).statusCode(200)
                .body("aliases", hasItem("SCO Digital Economy Forum"))
                .body("place", org.hamcrest.Matchers.oneOf("天津", "Tianjin"))
                .body("organisers", hasItems("国家数据局", "天津市人民政府"))
                .body("attendance.value", hasItems(1500, 600))
                .body("projects", hasItem("中乌电商生态体系项目"))
                .body("sources.articleId", containsInAnyOrder(forumHans, forumEn))
                .body("conflicts.field", not(hasItem("place")))
                .extract().path("conflicts.findAll { it.field == 'figure' && it.measure == 'attendance:person' }");
        assertEquals(1, conflicts.size(), conflicts.toString());
        List<Map<String, Object>> claims = castList(conflicts.get(0).get("claims"));
        assertEquals(List.of(1500, 600), claims.stream().map(c -> c.get("value")).toList());
    }

    @Test
    void reExtractingAndResubmittingDuplicatesNothing() {
        String caseId = caseIdNamed("电商生态", "中乌电商生态体系项目");
        int sources = Api.post("caseSummary", Map.of("caseId", caseId)).extract().path("sources.size()");
        Api.submit(Map.of("text", TestTexts.article("cases/ecommerce-launch-hans.txt")));
        Api.post("extractFacts", Map.of("articleId", launchHans)).statusCode(200);
        Api.post("caseSummary", Map.of("caseId", caseId)).statusCode(200).body("sources", hasSize(sources));
        List<Map<String, Object>> listed = Api.post("listCases", Map.of("text", "电商生态", "limit", 100)).extract().path("items");
        assertEquals(1, listed.stream().filter(i -> caseId.equals(i.get("caseId"))).count());
    }

    @Test
    void twentyParallelExtractionsTouchingOneCaseLeaveAConsistentSummary() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int batch = 1; batch <= 20; batch++) {
            ids.add(Api.submit(Map.of("text", "本报讯 第" + batch + "批合作企业当天签约中哈跨境物流枢纽项目，新增仓储面积"
                    + (batch * 100) + "平方米。", "publishedOn", String.format("2026-08-%02d", batch))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> calls = ids.stream().<Callable<Integer>>map(id -> () -> Api.post("extractFacts",
                    Map.of("articleId", id)).extract().statusCode()).toList();
            for (Future<Integer> result : pool.invokeAll(calls)) {
                assertEquals(200, result.get());
            }
        } finally {
            pool.shutdown();
        }
        String caseId = caseIdNamed("物流枢纽", "中哈跨境物流枢纽项目");
        Api.post("caseSummary", Map.of("caseId", caseId)).statusCode(200)
                .body("sources", hasSize(20))
                .body("sources.articleId", containsInAnyOrder(ids.toArray()));
        List<Map<String, Object>> listed = Api.post("listCases", Map.of("text", "物流枢纽", "limit", 100)).extract().path("items");
        Map<String, Object> overview = listed.stream().filter(i -> caseId.equals(i.get("caseId"))).findFirst().orElseThrow();
        assertEquals(20, overview.get("articleCount"));
        assertTrue(((List<?>) overview.get("countries")).contains("KZ"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> castList(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
