package io.scofacts.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.scofacts.DynamoDbLocalResource;
import io.scofacts.support.TableCounts;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every function answers invalid input with a 4xx JSON error naming the problem, and leaves
 * nothing behind in any table.
 */
@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
class BadInputTest {

    private static final String UNKNOWN_ARTICLE = "a-000000000000000000000000";
    private static final String UNKNOWN_CASE = "c-000000000000000000000000";
    private static final String UNKNOWN_EVENT = "e-000000000000000000000000";

    @Inject
    TableCounts tables;

    static Stream<Arguments> invalidRequests() {
        List<Arguments> cases = new ArrayList<>();
        for (String function : List.of("submitArticle", "extractFacts")) {
            cases.add(Arguments.of(function, "{}", 400, "missing_field"));
            cases.add(Arguments.of(function, "{\"text\":\"\"}", 400, "empty_field"));
            cases.add(Arguments.of(function, "{\"text\":\"  \\n\\t \"}", 400, "empty_field"));
            cases.add(Arguments.of(function, "{\"text\":42}", 400, "invalid_field"));
            cases.add(Arguments.of(function, "{\"text\":[\"中乌合作\"]}", 400, "invalid_field"));
            cases.add(Arguments.of(function, "{\"text\":{\"zh\":\"中乌合作\"}}", 400, "invalid_field"));
            cases.add(Arguments.of(function, "{\"text\":\"中乌合作\",\"title\":7}", 400, "invalid_field"));
            cases.add(Arguments.of(function, "{\"text\":\"中乌合作\",\"url\":\"not a url\"}", 400, "invalid_field"));
            cases.add(Arguments.of(function, "{\"text\":\"中乌合作\",\"url\":\"ftp://example.org/a\"}", 400, "invalid_field"));
            cases.add(Arguments.of(function, "{\"text\":\"中乌合作\",\"publishedOn\":\"2025-13-40\"}", 400, "invalid_date"));
            cases.add(Arguments.of(function, "{\"text\":\"中乌合作\",\"publishedOn\":\"yesterday\"}", 400, "invalid_date"));
            cases.add(Arguments.of(function, "{\"text\":\"中乌合作\",\"publishedOn\":\"2025-7-1\"}", 400, "invalid_date"));
            cases.add(Arguments.of(function, "{\"text\":\"中乌合作\",\"publishedOn\":20250716}", 400, "invalid_field"));
            cases.add(Arguments.of(function, "{\"text\":\"中乌合作\",\"language\":\"not a language!\"}", 400, "invalid_field"));
            cases.add(Arguments.of(function, "{\"text\":\"中乌合作\",\"published_on\":\"2025-07-16\"}", 400, "unknown_field"));
            cases.add(Arguments.of(function, "{\"text\":\"中乌\\u0000合作\"}", 400, "invalid_text"));
            cases.add(Arguments.of(function, "{\"text\":\"中乌\\u0007合作\"}", 400, "invalid_text"));
            cases.add(Arguments.of(function, "{\"text\":\"中乌\\u001b[0m合作\"}", 400, "invalid_text"));
            cases.add(Arguments.of(function, "{\"text\":\"中乌\\ud800合作\"}", 400, "invalid_text"));
            cases.add(Arguments.of(function, "{\"text\":\"中乌\\ufffd合作\"}", 400, "invalid_utf8"));
            cases.add(Arguments.of(function, "{\"text\":\"中乌合作\",\"text\":\"重复\"}", 400, "malformed_json"));
            cases.add(Arguments.of(function, "{\"text\":\"中乌合作\"} trailing", 400, "malformed_json"));
            cases.add(Arguments.of(function, "{\"text\":\"中乌合作\"", 400, "malformed_json"));
            cases.add(Arguments.of(function, "text=中乌合作", 400, "malformed_json"));
            cases.add(Arguments.of(function, "[\"中乌合作\"]", 400, "invalid_body"));
            cases.add(Arguments.of(function, "\"中乌合作\"", 400, "invalid_body"));
            cases.add(Arguments.of(function, "null", 400, "empty_body"));
            cases.add(Arguments.of(function, "", 400, "empty_body"));
        }
        cases.add(Arguments.of("extractFacts", "{\"articleId\":\"" + UNKNOWN_ARTICLE + "\"}", 404, "not_found"));
        cases.add(Arguments.of("extractFacts", "{\"articleId\":\"article-1\"}", 400, "invalid_field"));
        cases.add(Arguments.of("extractFacts", "{\"articleId\":17}", 400, "invalid_field"));
        cases.add(Arguments.of("extractFacts", "{\"articleId\":\"" + UNKNOWN_ARTICLE + "\",\"text\":\"中乌\"}", 400,
                "conflicting_fields"));
        cases.add(Arguments.of("getArticle", "{\"articleId\":\"" + UNKNOWN_ARTICLE + "\"}", 404, "not_found"));
        cases.add(Arguments.of("getArticle", "{}", 400, "missing_field"));
        cases.add(Arguments.of("caseSummary", "{\"caseId\":\"" + UNKNOWN_CASE + "\"}", 404, "not_found"));
        cases.add(Arguments.of("caseSummary", "{}", 400, "missing_field"));
        cases.add(Arguments.of("caseSummary", "{\"caseId\":[1]}", 400, "invalid_field"));
        cases.add(Arguments.of("caseSummary", "{\"caseId\":\"case-1\"}", 400, "invalid_field"));
        cases.add(Arguments.of("caseSummary", "{\"caseId\":", 400, "malformed_json"));
        cases.add(Arguments.of("listCases", "{\"country\":\"Uzbekistan\"}", 400, "invalid_field"));
        cases.add(Arguments.of("listCases", "{\"country\":5}", 400, "invalid_field"));
        cases.add(Arguments.of("listCases", "{\"limit\":0}", 400, "invalid_field"));
        cases.add(Arguments.of("listCases", "{\"limit\":1000}", 400, "invalid_field"));
        cases.add(Arguments.of("listCases", "{\"limit\":\"10\"}", 400, "invalid_field"));
        cases.add(Arguments.of("listCases", "{\"pageToken\":\"bm90IGEgdG9rZW4\"}", 400, "invalid_page_token"));
        cases.add(Arguments.of("listCases", "{\"pageToken\":\"%%%\"}", 400, "invalid_page_token"));
        cases.add(Arguments.of("listCases", "{\"order\":\"name\"}", 400, "unknown_field"));
        cases.add(Arguments.of("listCases", "{\"limit\":", 400, "malformed_json"));
        cases.add(Arguments.of("listCases", "{\"text\":\"电\"}", 400, "invalid_field"));
        cases.add(Arguments.of("listCases", "{\"text\":\"《》\"}", 400, "invalid_field"));
        cases.add(Arguments.of("listCases", "{\"text\":\"" + "电商".repeat(101) + "\"}", 400, "invalid_field"));
        cases.add(Arguments.of("listCases", "{\"category\":[\"服务民生\"]}", 400, "invalid_field"));
        cases.add(Arguments.of("eventSummary", "{\"eventId\":\"" + UNKNOWN_EVENT + "\"}", 404, "not_found"));
        cases.add(Arguments.of("eventSummary", "{}", 400, "missing_field"));
        cases.add(Arguments.of("eventSummary", "{\"eventId\":\"" + UNKNOWN_CASE + "\"}", 400, "invalid_field"));
        cases.add(Arguments.of("eventSummary", "{\"caseId\":\"" + UNKNOWN_CASE + "\"}", 400, "unknown_field"));
        cases.add(Arguments.of("listEvents", "{\"limit\":0}", 400, "invalid_field"));
        cases.add(Arguments.of("listEvents", "{\"pageToken\":\"bm90IGEgdG9rZW4\"}", 400, "invalid_page_token"));
        cases.add(Arguments.of("listEvents", "{\"order\":\"date\"}", 400, "unknown_field"));
        cases.add(Arguments.of("listEvents", "{\"country\":\"China\"}", 400, "invalid_field"));
        cases.add(Arguments.of("listEvents", "{\"year\":\"2025\"}", 400, "invalid_field"));
        cases.add(Arguments.of("listEvents", "{\"year\":25000}", 400, "invalid_field"));
        cases.add(Arguments.of("listEvents", "{\"text\":\"论\"}", 400, "invalid_field"));
        cases.add(Arguments.of("exportCases", "{\"limit\":0}", 400, "invalid_field"));
        cases.add(Arguments.of("exportCases", "{\"limit\":51}", 400, "invalid_field"));
        cases.add(Arguments.of("exportCases", "{\"country\":\"UZ\"}", 400, "unknown_field"));
        cases.add(Arguments.of("exportCases", "{\"pageToken\":\"bm90IGEgdG9rZW4\"}", 400, "invalid_page_token"));
        cases.add(Arguments.of("exportCases", "{\"limit\":", 400, "malformed_json"));
        cases.add(Arguments.of("exportCases", "[1]", 400, "invalid_body"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} -> {2} {3}")
    @MethodSource("invalidRequests")
    void refusesWithAJsonErrorAndStoresNothing(String function, String body, int status, String error) {
        long before = tables.items();
        given().contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/" + function)
                .then().statusCode(status)
                .contentType(ContentType.JSON)
                .body("error", equalTo(error))
                .body("message", not(emptyOrNullString()));
        assertEquals(before, tables.items(), "a refused request stores nothing");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void refusesInvalidUtf8(String function) {
        byte[] body = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xE4, (byte) 0xB8, '"', '}'};
        long before = tables.items();
        Api.postRaw(function, body).statusCode(400).body("error", equalTo("invalid_utf8"));
        assertEquals(before, tables.items());
    }

    static Stream<String> functions() {
        return FunctionNames.ALL.stream();
    }

    @Test
    void refusesABodyOverTheHttpLimitAndStoresNothing() {
        long before = tables.items();
        byte[] body = ("{\"text\":\"" + "数".repeat(2_500_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        Api.postRaw("submitArticle", body).statusCode(413).body("error", equalTo("body_too_large"));
        assertEquals(before, tables.items());
    }

    @Test
    void namesTheFieldInTheError() {
        Api.post("submitArticle", java.util.Map.of("text", "中乌合作", "publishedOn", "2025-02-30"))
                .statusCode(400)
                .body("field", equalTo("publishedOn"))
                .body("message", containsString("YYYY-MM-DD"));
    }

    @Test
    void answersOtherMethodsAndUnknownFunctionsWithJson() {
        given().when().get("/submitArticle").then().statusCode(405).header("Allow", "POST")
                .body("error", equalTo("method_not_allowed"));
        given().contentType(ContentType.JSON).body("{}").when().post("/summarizeEverything").then()
                .statusCode(404).contentType(ContentType.JSON).body("error", equalTo("not_found"))
                .body("message", containsString("submitArticle"));
    }
}
