package io.scofacts.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.scofacts.support.HttpCall;
import io.scofacts.support.SilentDynamoDb;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every function answers a storage outage with 503 storage_unavailable and Retry-After within
 * 2 s, whether DynamoDB drops connections or accepts them and never answers. Runs with the
 * production profile, so with the DynamoDB client's real timeouts.
 */
@QuarkusTest
@TestProfile(StorageOutageTest.Outage.class)
class StorageOutageTest {

    private static final Duration LIMIT = Duration.ofSeconds(2);
    private static boolean warm;

    /** A request to each function that needs storage to be answered. A new function needs one here. */
    private static final Map<String, String> NEEDS_STORAGE = Map.of(
            "submitArticle", "{\"text\":\"上合组织数字经济合作测试稿件。\"}",
            "getArticle", "{\"articleId\":\"a-0123456789abcdef01234567\"}",
            "extractFacts", "{\"articleId\":\"a-0123456789abcdef01234567\"}",
            "caseSummary", "{\"caseId\":\"c-0123456789abcdef01234567\"}",
            "listCases", "{\"country\":\"UZ\"}",
            "eventSummary", "{\"eventId\":\"e-0123456789abcdef01234567\"}",
            "listEvents", "{}",
            "exportCases", "{}");

    public static class Outage implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "prod";
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SilentDynamoDb.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    /**
     * A running service has answered before: every function refuses a request without touching
     * storage, and an extraction of a text sent along (no storage either) has built the extractor.
     */
    @BeforeEach
    void answerOnceWithoutStorage() {
        if (warm) {
            return;
        }
        warm = true;
        URI service = URI.create(RestAssured.baseURI + ":" + RestAssured.port);
        for (String function : FunctionNames.ALL) {
            assertEquals(400, HttpCall.postJson(service, function, "{\"unknownField\":1}").status());
        }
        assertEquals(200, HttpCall.postJson(service, "extractFacts", "{\"text\":\"中乌合作\"}").status());
    }

    @Test
    void everyFunctionHasARequestThatNeedsStorage() {
        assertEquals(new TreeSet<>(FunctionNames.ALL), new TreeSet<>(NEEDS_STORAGE.keySet()),
                "add a request that reads or writes storage for every function");
    }

    static Stream<Arguments> outages() {
        List<Arguments> cases = new ArrayList<>();
        for (SilentDynamoDb.Mode mode : SilentDynamoDb.Mode.values()) {
            for (String function : FunctionNames.ALL) {
                cases.add(Arguments.of(mode, function));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("outages")
    void answers503WithRetryAfterInTime(SilentDynamoDb.Mode mode, String function) {
        SilentDynamoDb.mode(mode);
        URI service = URI.create(RestAssured.baseURI + ":" + RestAssured.port);
        HttpCall answer = HttpCall.postJson(service, function, NEEDS_STORAGE.getOrDefault(function, "{}"));
        assertEquals(503, answer.status(), answer.text());
        assertEquals("storage_unavailable", answer.error());
        assertTrue(answer.retryAfter().isPresent(), "Retry-After");
        assertTrue(Integer.parseInt(answer.retryAfter().get()) > 0);
        assertTrue(answer.took().compareTo(LIMIT) < 0, function + " answered after " + answer.took());
    }
}
