package io.scofacts.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.scofacts.DynamoDbLocalResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Case and event summaries may not fall below what docs/quality.md reports: the shared case
 * scorer feeds the dev articles to this running service over HTTP and dumps every summary
 * ({@code score_cases.py collect}), then compares them with the case gold
 * ({@code score_cases.py score}), exactly as documented. Cases of other tests' articles in the
 * same tables have no judged source and are not counted. Raise a floor when quality rises.
 */
@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
class CaseQualityGateTest {

    private static final Path SHARED_EVAL = Path.of("..", "shared", "eval");
    private static final Path SCORER = SHARED_EVAL.resolve("score_cases.py");
    private static final Path GOLD = SHARED_EVAL.resolve("cases").resolve("gold-dev.json");
    private static final Path OUT = Path.of("target", "quality", "cases");

    @Test
    void devCasesMeetTheirFloors() throws Exception {
        assumeTrue(Files.isRegularFile(SCORER) && Files.isRegularFile(GOLD), "the shared case scorer is not next to this checkout");
        Files.createDirectories(OUT);
        Path dump = OUT.resolve("dump.json");
        run(List.of("collect", "--service", "http://localhost:" + RestAssured.port, "--articles",
                SHARED_EVAL.resolve("dev").toString(), SHARED_EVAL.resolve("dev2").toString(), "--out", dump.toString()),
                OUT.resolve("collect.log"));
        Path report = OUT.resolve("score.json");
        run(List.of("score", "--gold", GOLD.toString(), "--dump", dump.toString(), "--verbose", "--json", report.toString()),
                OUT.resolve("score.log"));
        JsonNode scores = new ObjectMapper().readTree(report.toFile());
        List<String> below = new ArrayList<>();
        floor(below, "overall", scores.path("overall").asDouble(), 0.85);
        floor(below, "entity F1", scores.path("entities").path("all").path("f1").asDouble(), 0.85);
        floor(below, "source recall", scores.path("source_recall").asDouble(), 0.80);
        floor(below, "figure precision", scores.path("figures").path("p").asDouble(), 0.90);
        floor(below, "figure F1", scores.path("figures").path("f1").asDouble(), 0.75);
        floor(below, "conflict F1", scores.path("conflicts").path("f1").asDouble(), 1.0);
        assertTrue(below.isEmpty(), "below the floor: " + below + "; see " + OUT.resolve("score.log"));
        assertTrue(scores.path("fragmentation").asDouble() <= 1.2, "fragmentation " + scores.path("fragmentation"));
        assertEquals(0, scores.path("conflicts").path("system").asInt() - scores.path("conflicts").path("right").asInt(),
                "false conflicts");
    }

    private static void floor(List<String> below, String name, double value, double floor) {
        if (value < floor) {
            below.add(name + " " + value + " < " + floor);
        }
    }

    private static void run(List<String> arguments, Path log) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", SCORER.toString()));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "score_cases.py " + arguments.get(0) + " did not finish");
        assertEquals(0, process.exitValue(), () -> "score_cases.py " + arguments.get(0) + " failed: " + read(log));
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
