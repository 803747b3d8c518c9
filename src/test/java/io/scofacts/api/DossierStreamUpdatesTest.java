package io.scofacts.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.scofacts.DynamoDbLocalResource;
import io.scofacts.core.cases.DossierReader;
import io.scofacts.core.extract.ArticleInput;
import io.scofacts.core.extract.Extractor;
import io.scofacts.core.factsheet.FactSheet;
import io.scofacts.storage.FactSheetStore;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The aggregate Lambda's work as AWS drives it: a FactSheet stored without the in-process feed
 * (as the extract Lambda stores it), then the FactSheets table's stream record, then the cases
 * table's stream record of the share it wrote, each as Lambda delivers them, against the real
 * tables in DynamoDB Local.
 */
@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
class DossierStreamUpdatesTest {

    /** Invented for this test: a project no other test names. */
    private static final String TEXT = "中塔远程教育云平台项目在杜尚别启动\n"
            + "本报杜尚别4月8日电 中塔远程教育云平台项目8日在杜尚别启动，首批将为30所中学提供在线课程。";

    @Inject
    DossierStreamUpdates updates;

    @Inject
    Extractor extractor;

    @Inject
    FactSheetStore factSheets;

    @Inject
    DossierReader reader;

    @Inject
    ObjectMapper json;

    @Test
    void aStoredSheetReachesItsCaseThroughBothStreamsOnceHoweverOftenTheRecordsCome() throws Exception {
        String articleId = Api.submit(Map.of("text", TEXT, "publishedOn", "2026-04-08"));
        FactSheet sheet = extractor.extract(new ArticleInput(articleId, TEXT, null, null, null, null));
        assertTrue(factSheets.replace(sheet, factSheets.find(articleId).orElse(null)), "the sheet is stored");
        String caseId = reader.read(sheet, TEXT).cases().keySet().iterator().next();

        JsonNode applied = invoke(event(factsheetRecord("10", "INSERT", articleId)));
        assertEquals(List.of(), failed(applied));
        Api.post("caseSummary", Map.of("caseId", caseId)).statusCode(200);

        for (int delivery = 1; delivery <= 2; delivery++) {
            assertEquals(List.of(), failed(invoke(event(shareRecord("2" + delivery, "INSERT", caseId, articleId),
                    shareRecord("3" + delivery, "MODIFY", caseId, articleId)))));
            List<Map<String, Object>> listed = Api.post("listCases", Map.of("text", "远程教育云平台")).statusCode(200)
                    .extract().path("items");
            assertEquals(1, listed.stream().filter(item -> caseId.equals(item.get("caseId"))).count());
            assertEquals(1, listed.stream().filter(item -> caseId.equals(item.get("caseId"))).findFirst().orElseThrow()
                    .get("articleCount"), "counted once after delivery " + delivery);
        }
    }

    @Test
    void reportsRecordsWithoutAnIdAndIgnoresWhatIsNotAShare() throws Exception {
        JsonNode answer = invoke(event(
                factsheetRecord("40", "INSERT", "not-an-article"),
                shareRecord("50", "INSERT", "c-nothex", "a-000000000000000000000000"),
                """
                {"eventName":"INSERT","dynamodb":{"Keys":{"caseId":{"S":"c-000000000000000000000000"},
                 "item":{"S":"overview"}},"SequenceNumber":"60"}}
                """,
                factsheetRecordOfPart("70", "a-000000000000000000000000", 1)));
        assertEquals(List.of("40", "50"), failed(answer));
    }

    private JsonNode invoke(String event) throws Exception {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        updates.handle(event.getBytes(StandardCharsets.UTF_8), answer);
        return json.readTree(answer.toByteArray());
    }

    private static List<String> failed(JsonNode answer) {
        return answer.path("batchItemFailures").findValuesAsText("itemIdentifier");
    }

    private static String event(String... records) {
        return "{\"Records\":[" + String.join(",", records) + "]}";
    }

    private static String factsheetRecord(String sequenceNumber, String eventName, String articleId) {
        return """
                {"eventName":"%2$s","eventSource":"aws:dynamodb",
                 "dynamodb":{"Keys":{"articleId":{"S":"%3$s"},"part":{"N":"0"}},"SequenceNumber":"%1$s",
                   "StreamViewType":"KEYS_ONLY"},
                 "eventSourceARN":"arn:aws:dynamodb:us-east-1:123456789012:table/sco-factsheets/stream/2026-11-21T00:00:00.000"}
                """.formatted(sequenceNumber, eventName, articleId);
    }

    private static String factsheetRecordOfPart(String sequenceNumber, String articleId, int part) {
        return factsheetRecord(sequenceNumber, "INSERT", articleId).replace("\"N\":\"0\"", "\"N\":\"" + part + "\"");
    }

    private static String shareRecord(String sequenceNumber, String eventName, String caseId, String articleId) {
        return """
                {"eventName":"%2$s","eventSource":"aws:dynamodb",
                 "dynamodb":{"Keys":{"caseId":{"S":"%3$s"},"item":{"S":"share#%4$s"}},"SequenceNumber":"%1$s",
                   "StreamViewType":"KEYS_ONLY"},
                 "eventSourceARN":"arn:aws:dynamodb:us-east-1:123456789012:table/sco-cases/stream/2026-11-21T00:00:00.000"}
                """.formatted(sequenceNumber, eventName, caseId, articleId);
    }
}
