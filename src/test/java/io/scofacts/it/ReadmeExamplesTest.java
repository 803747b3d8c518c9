package io.scofacts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the README check holds an answer to, and what it lets change. */
class ReadmeExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SHOWN = "{\"articleId\":\"a-0123456789abcdef01234567\",\"extractor\":\"x/1\","
            + "\"countries\":[{\"code\":\"CN\",\"mentions\":[[0,1]]}],\"quantities\":[{\"value\":12}]}";

    @Test
    void letsValuesAndListLengthsChange() throws Exception {
        JsonNode live = JSON.readTree("{\"articleId\":\"a-0123456789abcdef01234567\",\"extractor\":\"x/1\","
                + "\"countries\":[{\"code\":\"KZ\",\"mentions\":[[3,5],[7,9]]},{\"code\":\"CN\",\"mentions\":[]}],"
                + "\"quantities\":[]}");
        assertEquals(List.of(), ReadmeExamples.differences(JSON.readTree(SHOWN), live));
    }

    @Test
    void holdsIdsVersionsAndFieldNames() throws Exception {
        JsonNode live = JSON.readTree("{\"articleId\":\"a-ffffffffffffffffffffffff\",\"extractor\":\"x/2\","
                + "\"countries\":[{\"code\":\"CN\",\"mention\":[[0,1]]}],\"quantities\":[{\"value\":12}],\"extra\":1}");
        List<String> differences = ReadmeExamples.differences(JSON.readTree(SHOWN), live);
        assertEquals(4, differences.size(), differences.toString());
        assertTrue(differences.get(0).startsWith("$: fields"), differences.get(0));
        assertTrue(differences.stream().anyMatch(d -> d.contains("id a-0123456789abcdef01234567")));
        assertTrue(differences.stream().anyMatch(d -> d.contains("$.extractor")));
        assertTrue(differences.stream().anyMatch(d -> d.startsWith("$.countries[0]: fields")));
    }

    @Test
    void findsExamplesAndCarriesChangedIds() throws Exception {
        String readme = "text\n```sh\ncurl -s -X POST localhost:8080/getArticle -H 'Content-Type: application/json' "
                + "-d '{\"articleId\":\"a-0123456789abcdef01234567\"}'\n```\n```json\n{\"articleId\":\"a-0123456789abcdef01234567\"}\n```\n"
                + "```sh\n./mvnw verify\n```\n";
        List<ReadmeExamples.Example> examples = ReadmeExamples.parse(readme);
        assertEquals(1, examples.size());
        assertEquals("getArticle", examples.get(0).function());
        assertEquals("application/json", examples.get(0).contentType());
        assertEquals("{\"articleId\":\"a-0123456789abcdef01234567\"}", examples.get(0).body());
        assertEquals(Map.of("a-0123456789abcdef01234567", "a-ffffffffffffffffffffffff"), ReadmeExamples.idChanges(
                JSON.readTree(examples.get(0).answer()), JSON.readTree("{\"articleId\":\"a-ffffffffffffffffffffffff\"}")));
    }
}
