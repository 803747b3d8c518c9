package io.scofacts.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.scofacts.DynamoDbLocalResource;
import io.scofacts.TestTexts;
import io.scofacts.core.extract.Extractor;
import io.scofacts.core.factsheet.FactSheet;
import io.scofacts.storage.FactSheetStore;
import io.scofacts.storage.StoredFactSheet;
import io.scofacts.support.TableCounts;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
class ExtractFactsTest {

    @Inject
    TableCounts tables;

    @Inject
    FactSheetStore factSheets;

    @Inject
    ObjectMapper json;

    @Test
    void extractsAOneOffTextWithoutStoringAnything() throws Exception {
        String text = TestTexts.article("almaty-data-platform-zh.txt");
        long before = tables.items();
        String body = Api.post("extractFacts", Map.of("text", text, "publishedOn", "2026-03-18")).statusCode(200)
                .body("schema", equalTo("factsheet/1"))
                .body("articleId", nullValue())
                .body("language", equalTo("zh"))
                .body("script", equalTo("Hans"))
                .body("publishedOn", equalTo("2026-03-18"))
                .body("countries.code", hasItems("CN", "KZ"))
                .body("quantities.value", hasItem(260000000))
                .extract().asString();
        assertEquals(before, tables.items(), "a one-off extraction stores nothing");
        assertAllOffsetsPointIntoTheText(json.readTree(body), text);
    }

    @Test
    void extractsAStoredArticleOnceAndThenReadsIt() {
        String id = Api.submit(Map.of("text", TestTexts.article("digital-corridor-hant.txt"), "publishedOn", "2026-01-20"));
        String first = Api.post("extractFacts", Map.of("articleId", id)).statusCode(200)
                .body("articleId", equalTo(id))
                .body("script", equalTo("Hant"))
                .body("extractor", equalTo(Extractor.VERSION))
                .extract().asString();
        String second = Api.post("extractFacts", Map.of("articleId", id)).statusCode(200).extract().asString();
        assertEquals(first, second);
        assertEquals(1, factSheets.find(id).orElseThrow().revision(), "the second call read the stored sheet");
    }

    @Test
    void recomputesASheetMadeByAnotherExtractorVersion() throws Exception {
        String id = Api.submit(TestTexts.article("fergana-agriculture-zh.txt"));
        Api.post("extractFacts", Map.of("articleId", id)).statusCode(200);
        StoredFactSheet stored = factSheets.find(id).orElseThrow();
        ObjectNode outdated = json.valueToTree(stored.sheet());
        outdated.put("extractor", "scofacts-extractor/0.0.1");
        outdated.putArray("countries");
        assertTrue(factSheets.replace(json.treeToValue(outdated, FactSheet.class), stored));

        Api.post("extractFacts", Map.of("articleId", id)).statusCode(200)
                .body("extractor", equalTo(Extractor.VERSION))
                .body("countries.code", hasItems("CN", "UZ"));
        assertEquals(3, factSheets.find(id).orElseThrow().revision());
    }

    @Test
    void tellsLanguagesApart() {
        Api.post("extractFacts", Map.of("text", TestTexts.article("training-project-en.txt"))).statusCode(200)
                .body("language", equalTo("en")).body("script", nullValue());
        Api.post("extractFacts", Map.of("text", TestTexts.article("logistics-ru.txt"))).statusCode(200)
                .body("language", equalTo("ru"));
    }

    @Test
    void aFactSheetSurvivesStorageUnchanged() throws Exception {
        String id = Api.submit(TestTexts.article("almaty-data-platform-followup-zh.txt"));
        String served = Api.post("extractFacts", Map.of("articleId", id)).statusCode(200).extract().asString();
        FactSheet stored = factSheets.find(id).orElseThrow().sheet();
        assertEquals(json.readTree(served), json.valueToTree(stored));
    }

    /** Every mention span is inside the text; figures and quotes cover exactly their text. */
    static void assertAllOffsetsPointIntoTheText(JsonNode sheet, String text) {
        int checked = 0;
        for (String field : new String[] {"countries", "places", "organizations", "people", "events", "documents",
                "projects", "quantities", "quotes", "dates"}) {
            for (JsonNode item : sheet.get(field)) {
                JsonNode spans = item.has("mentions") ? item.get("mentions") : item.get("mention");
                if (spans.size() > 0 && spans.get(0).isInt()) {
                    spans = json(spans);
                }
                for (JsonNode span : spans) {
                    int start = span.get(0).asInt();
                    int end = span.get(1).asInt();
                    assertTrue(0 <= start && start < end && end <= text.length(), field + " span " + span);
                    String covered = text.substring(start, end);
                    if (item.has("text") && !field.equals("quotes")) {
                        assertEquals(strip(item.get("text").asText()), strip(covered), field);
                    }
                    if (field.equals("quotes")) {
                        assertEquals(item.get("text").asText(), covered);
                    }
                    checked++;
                }
            }
        }
        assertFalse(checked == 0, "the sheet has mentions to check");
    }

    private static JsonNode json(JsonNode single) {
        return new ObjectMapper().createArrayNode().add(single);
    }

    private static String strip(String text) {
        return text.replaceAll("\\s+", "");
    }
}
