package io.scofacts.infra.cdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the pinned CDK CLI synthesised from cdk.json before the tests (`npx cdk synth`, bound to
 * process-test-classes in pom.xml): the cloud assembly in target/cdk.out.
 */
class SynthesisedAppTest {

    private static final Path ASSEMBLY = Path.of("target/cdk.out");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCliIsThePinnedOne() throws IOException {
        assertEquals("2.1148.1", JSON.readTree(Path.of("node_modules/aws-cdk/package.json").toFile()).path("version").asText());
    }

    @Test
    void synthesisedTheStackThePlanDescribes() throws IOException {
        JsonNode template = JSON.readTree(ASSEMBLY.resolve(ScofactsApp.STACK_NAME + ".template.json").toFile());
        ServicePlanChecks.check(template, Set.of("jvm"));
        JsonNode manifest = JSON.readTree(ASSEMBLY.resolve("manifest.json").toFile());
        assertEquals("aws:cloudformation:stack", manifest.path("artifacts").path(ScofactsApp.STACK_NAME).path("type").asText());
    }

    @Test
    void packagedTheLambdaBuildsArtifact() throws IOException {
        long artifactSize = Files.size(Path.of(System.getProperty("scofacts.function-zip")));
        List<Path> assets;
        try (Stream<Path> files = Files.list(ASSEMBLY)) {
            assets = files.filter(file -> file.getFileName().toString().matches("asset\\.[0-9a-f]+\\.zip")).toList();
        }
        assertEquals(1, assets.size(), "one Lambda asset for all three functions: " + assets);
        assertEquals(artifactSize, Files.size(assets.get(0)), "the asset is function.zip");
        assertTrue(artifactSize > 1_000_000, "function.zip holds the application");
    }
}
