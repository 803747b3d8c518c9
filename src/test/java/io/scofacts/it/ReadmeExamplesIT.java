package io.scofacts.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scofacts.support.HttpCall;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs every example of README.md, in order, against a freshly started packaged service (as
 * the README runs it: embedded DynamoDB Local, empty) and compares each answer with the one
 * the README shows (ReadmeExamples says on what). When answers change on purpose (a new
 * extractor version, new fields), `bin/readme-examples --capture` writes the live answers,
 * and the ids they carry into later examples, back into README.md.
 */
class ReadmeExamplesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path README = Path.of(System.getProperty("scofacts.readme", "README.md"));
    private static final boolean CAPTURE = Boolean.getBoolean("readme.capture");

    @Test
    void everyExampleAnswersAsTheReadmeShows() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int count = ReadmeExamples.parse(readme).size();
        assertTrue(count >= 10, "README.md shows " + count + " examples");
        List<String> differences = new ArrayList<>();
        try (ServiceProcess service = ServiceProcess.start(Map.of())) {
            for (int i = 0; i < count; i++) {
                ReadmeExamples.Example example = ReadmeExamples.parse(readme).get(i);
                JsonNode answer = run(service, example);
                JsonNode shown = JSON.readTree(example.answer());
                if (CAPTURE) {
                    readme = captured(readme, example, shown, answer);
                } else {
                    ReadmeExamples.differences(shown, answer).forEach(difference -> differences.add(
                            "example " + (example.index() + 1) + " (" + example.function() + ") " + difference));
                }
            }
        }
        if (CAPTURE) {
            Files.writeString(README, readme, StandardCharsets.UTF_8);
            System.out.println("README.md: " + count + " answers captured from a live run");
            return;
        }
        assertTrue(differences.isEmpty(), "README.md is out of date; if the service changed on purpose, run "
                + "bin/readme-examples --capture and review the diff:\n  " + String.join("\n  ", differences));
    }

    private static JsonNode run(ServiceProcess service, ReadmeExamples.Example example) {
        byte[] body = example.body() == null ? null : example.body().getBytes(StandardCharsets.UTF_8);
        HttpCall answer = HttpCall.send(service.base(), "POST", "/" + example.function(), body, example.contentType(),
                Duration.ofSeconds(60));
        JsonNode json = answer.json();
        boolean refused = json.has("error");
        if (refused != (answer.status() >= 400)) {
            throw new AssertionError("example " + (example.index() + 1) + " answered " + answer.status() + ": "
                    + answer.text());
        }
        return json;
    }

    /** The README with this example's live answer, and its new ids carried everywhere the old ones stood. */
    private static String captured(String readme, ReadmeExamples.Example example, JsonNode shown, JsonNode answer) {
        String updated = readme.substring(0, example.answerStart()) + ReadmeExamples.format(answer)
                + readme.substring(example.answerEnd());
        for (Map.Entry<String, String> change : ReadmeExamples.idChanges(shown, answer).entrySet()) {
            System.out.println("README.md: " + change.getKey() + " is now " + change.getValue());
            updated = updated.replace(change.getKey(), change.getValue());
        }
        return updated;
    }
}
