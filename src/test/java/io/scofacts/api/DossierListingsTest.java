package io.scofacts.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.scofacts.DynamoDbLocalResource;
import io.scofacts.TestTexts;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Finding cases and events: words of any language, event filters, an event's parts, and the export. */
@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
class DossierListingsTest {

    /** Invented: a forum with an opening ceremony and a signing session. */
    private static final String FORUM = "2026中亚数字合作论坛在西安开幕\n"
            + "本报西安9月3日电 2026中亚数字合作论坛3日在西安开幕。来自12个国家的900余名嘉宾出席。"
            + "在数字项目签约会上，18个项目集中签约。开幕式上，各国代表致辞。";

    @BeforeEach
    void articles() {
        for (Map<String, Object> article : List.<Map<String, Object>>of(
                Map.of("text", TestTexts.article("cases/forum-opening-hans.txt"), "publishedOn", "2025-07-10"),
                Map.of("text", TestTexts.article("cases/ecommerce-launch-hans.txt"), "publishedOn", "2026-03-10"),
                Map.of("text", FORUM, "title", "2026中亚数字合作论坛在西安开幕", "publishedOn", "2026-09-04"))) {
            Api.post("extractFacts", Map.of("articleId", Api.submit(article))).statusCode(200);
        }
    }

    @Test
    void englishAndRussianWordsFindChineseNames() {
        for (String words : List.of("digital economy forum", "форум цифровой экономики")) {
            Api.post("listEvents", Map.of("text", words, "limit", 100)).statusCode(200)
                    .body("items.name", hasItem("2025上合组织数字经济论坛"));
        }
        for (String words : List.of("e-commerce ecosystem", "экосистема электронной коммерции", "電商生態")) {
            Api.post("listCases", Map.of("text", words, "limit", 100)).statusCode(200)
                    .body("items.name", hasItem("中乌电商生态体系项目"));
        }
    }

    @Test
    void eventsAreFilteredByYearCountryAndText() {
        Api.post("listEvents", Map.of("year", 2025, "limit", 100)).statusCode(200)
                .body("items.year", everyItem(equalTo("2025"))).body("items.name", hasItem("2025上合组织数字经济论坛"));
        Api.post("listEvents", Map.of("year", 2019)).statusCode(200).body("items.name", not(hasItem("2025上合组织数字经济论坛")));
        Api.post("listEvents", Map.of("country", "CN", "limit", 100)).statusCode(200)
                .body("items.countries", everyItem(hasItem("CN")));
        Api.post("listEvents", Map.of("text", "数字合作论坛", "year", 2026)).statusCode(200)
                .body("items.name", hasItem("2026中亚数字合作论坛"));
    }

    @Test
    void anEventListsItsPartsAndEachPartItsParent() {
        List<Map<String, Object>> events = Api.post("listEvents", Map.of("text", "数字合作论坛", "limit", 100)).statusCode(200)
                .extract().path("items");
        String forumId = (String) events.stream().filter(e -> "2026中亚数字合作论坛".equals(e.get("name"))).findFirst()
                .orElseThrow().get("eventId");
        List<String> parts = Api.post("eventSummary", Map.of("eventId", forumId)).statusCode(200)
                .body("parent", equalTo(null))
                .body("attendance.value", hasItem(900))
                .extract().path("subEvents.eventId");
        assertTrue(parts.size() >= 2, "the signing session and the opening ceremony: " + parts);
        for (String part : parts) {
            Api.post("eventSummary", Map.of("eventId", part)).statusCode(200)
                    .body("parent.eventId", equalTo(forumId)).body("parent.name", equalTo("2026中亚数字合作论坛"));
        }
    }

    @Test
    void exportsEveryCaseWithItsSummaryAsJsonLinesPageByPage() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Set<String> exported = new HashSet<>();
        String token = null;
        int pages = 0;
        do {
            Map<String, Object> body = token == null ? Map.of("limit", 2) : Map.of("limit", 2, "pageToken", token);
            Response page = given().contentType(ContentType.JSON).body(body).when().post("/exportCases");
            page.then().statusCode(200).contentType(startsWith("application/x-ndjson"));
            for (String line : page.asString().split("\n")) {
                if (!line.isBlank()) {
                    JsonNode summary = json.readTree(line);
                    assertNotNull(summary.get("sources"), "a line is a whole case summary");
                    assertTrue(exported.add(summary.get("caseId").asText()), "each case once");
                }
            }
            token = page.getHeader("Next-Page-Token");
            pages++;
        } while (token != null && pages < 500);
        assertFalse(exported.isEmpty());
        List<String> listed = Api.post("listCases", Map.of("limit", 100)).statusCode(200).extract().path("items.caseId");
        assertTrue(exported.containsAll(listed), "every listed case is exported");
        Api.post("exportCases", Map.of("limit", 1)).statusCode(200);
        assertEquals(400, given().contentType(ContentType.JSON).body("{\"limit\":0}").post("/exportCases").statusCode());
    }
}
