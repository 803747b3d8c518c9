package io.scofacts.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.scofacts.DynamoDbLocalResource;
import io.scofacts.TestTexts;
import io.scofacts.app.ExtractorPriming;
import io.scofacts.core.extract.Extractor;
import io.scofacts.core.factsheet.FactSheet;
import io.scofacts.storage.FactSheetStore;
import io.scofacts.storage.StoredFactSheet;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The articles-stream trigger, fed DynamoDB Stream events as Lambda delivers them (the JSON of
 * a KEYS_ONLY stream) against the real tables in DynamoDB Local.
 */
@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
class ArticleStreamExtractionTest {

    private static final String MISSING_ARTICLE = "a-000000000000000000000000";

    @Inject
    ArticleStreamExtraction streamExtraction;

    @Inject
    FactSheetStore factSheets;

    @Inject
    ExtractorPriming priming;

    @Inject
    ObjectMapper json;

    @Test
    void extractsNewlySubmittedArticlesAndReportsOnlyTheFailingRecords() throws Exception {
        String submitted = Api.submit(Map.of("text", TestTexts.article("fergana-agriculture-zh.txt"),
                "publishedOn", "2026-04-02"));
        assertFalse(factSheets.find(submitted).isPresent(), "submitting alone extracts nothing");

        JsonNode answer = invoke(streamEvent(
                record("100", "INSERT", submitted, 0),
                record("200", "INSERT", MISSING_ARTICLE, 0),
                record("300", "INSERT", "not-an-id", 0)));

        Optional<StoredFactSheet> stored = factSheets.find(submitted);
        assertTrue(stored.isPresent(), "the inserted article's FactSheet is stored");
        assertEquals(Extractor.VERSION, stored.get().sheet().extractor());
        assertEquals(submitted, stored.get().sheet().articleId());
        assertEquals(List.of("200", "300"), failedSequenceNumbers(answer));
    }

    @Test
    void ignoresLaterPartsModificationsAndRemovals() throws Exception {
        JsonNode answer = invoke(streamEvent(
                record("400", "INSERT", MISSING_ARTICLE, 1),
                record("500", "MODIFY", MISSING_ARTICLE, 0),
                record("600", "REMOVE", MISSING_ARTICLE, 0)));

        assertEquals(List.of(), failedSequenceNumbers(answer), "none of these asks for an extraction");
        assertFalse(factSheets.find(MISSING_ARTICLE).isPresent());
    }

    @Test
    void tellsStreamBatchesFromHttpEvents() throws Exception {
        assertTrue(streamExtraction.isStreamEvent(streamEvent(record("700", "INSERT", MISSING_ARTICLE, 0))
                .getBytes(StandardCharsets.UTF_8)));
        String httpEvent = """
                {"version":"2.0","routeKey":"POST /extractFacts","rawPath":"/extractFacts",
                 "headers":{"content-type":"application/json"},
                 "requestContext":{"http":{"method":"POST","path":"/extractFacts"}},
                 "body":"{\\"Records\\":[]}","isBase64Encoded":false}
                """;
        assertFalse(streamExtraction.isStreamEvent(httpEvent.getBytes(StandardCharsets.UTF_8)),
                "a body that mentions Records is still an HTTP event");
    }

    @Test
    void primingReadsOneTextInEachLanguageSoEveryLanguagePathIsLoaded() {
        List<FactSheet> sheets = priming.prime();
        assertEquals(List.of("zh", "en", "ru"), sheets.stream().map(FactSheet::language).toList());
        List<String> countries = sheets.stream().flatMap(sheet -> sheet.countries().stream())
                .map(country -> country.code()).distinct().toList();
        assertTrue(countries.containsAll(List.of("CN", "UZ", "KZ")), "countries found: " + countries);
        assertTrue(sheets.get(2).places().stream().anyMatch(place -> place.name().contains("Ташкент")),
                "the Russian text's city, read through the Russian path: " + sheets.get(2).places());
    }

    private JsonNode invoke(String event) throws Exception {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        streamExtraction.handle(event.getBytes(StandardCharsets.UTF_8), answer);
        return json.readTree(answer.toByteArray());
    }

    private static List<String> failedSequenceNumbers(JsonNode answer) {
        return answer.path("batchItemFailures").findValuesAsText("itemIdentifier");
    }

    private static String streamEvent(String... records) {
        return "{\"Records\":[" + String.join(",", records) + "]}";
    }

    /** One record as DynamoDB Streams delivers it to Lambda for a KEYS_ONLY stream. */
    private static String record(String sequenceNumber, String eventName, String articleId, int part) {
        return """
                {"eventID":"e-%1$s","eventName":"%2$s","eventVersion":"1.1","eventSource":"aws:dynamodb",
                 "awsRegion":"us-east-1",
                 "dynamodb":{"ApproximateCreationDateTime":1780000000,
                   "Keys":{"articleId":{"S":"%3$s"},"part":{"N":"%4$d"}},
                   "SequenceNumber":"%1$s","SizeBytes":60,"StreamViewType":"KEYS_ONLY"},
                 "eventSourceARN":"arn:aws:dynamodb:us-east-1:123456789012:table/sco-articles/stream/2026-11-21T00:00:00.000"}
                """.formatted(sequenceNumber, eventName, articleId, part);
    }
}
