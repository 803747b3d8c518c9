package io.scofacts.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** infra/sam/template.yaml, read as YAML, against the plan, the tables and the functions of the code. */
class SamTemplateTest {

    static final Path TEMPLATE = Path.of("infra/sam/template.yaml");

    /** Short-form tags would be read as plain strings by a YAML parser that does not know them. */
    private static final Pattern SHORT_FORM_TAG = Pattern.compile("(^|[\\s\\[{,:-])!(Ref|GetAtt|Sub|If|Equals|Join|Select|"
            + "Split|FindInMap|ImportValue|Base64|Cidr|GetAZs|And|Or|Not|Condition)\\b", Pattern.MULTILINE);

    private static JsonNode template() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(TEMPLATE.toFile());
    }

    @Test
    void writesIntrinsicsLongFormOnly() throws IOException {
        String text = Files.readString(TEMPLATE);
        assertTrue(!SHORT_FORM_TAG.matcher(text).find(), "short-form intrinsic tag in " + TEMPLATE);
    }

    @Test
    void deploysThePlannedSystemInBothVariants() throws IOException {
        DeployedSystemChecks.check(template(), Set.of("jvm", "native"));
    }

    @Test
    void takesTheDeploymentChoicesAsParameters() throws IOException {
        JsonNode template = template();
        Set<String> parameters = new TreeSet<>();
        template.path("Parameters").fieldNames().forEachRemaining(parameters::add);
        assertEquals(new TreeSet<>(List.of("Variant", "AuthorizerType", "JwtIssuer", "JwtAudience", "AllowedOrigins",
                "ThrottlingRateLimit", "ThrottlingBurstLimit", "LogRetentionDays")), parameters);
        assertEquals("[\"jvm\",\"native\"]", template.path("Parameters").path("Variant").path("AllowedValues").toString());
        assertEquals("[\"JWT\",\"IAM\"]", template.path("Parameters").path("AuthorizerType").path("AllowedValues").toString());
        assertEquals("{\"Fn::Equals\":[{\"Ref\":\"Variant\"},\"native\"]}",
                template.path("Conditions").path("IsNative").toString());
        assertEquals("UseJwt", new CloudFormation(template).resource("JwtAuthorizer").path("Condition").asText(),
                "the JWT authoriser exists only when chosen");
    }

    @Test
    void deploysTheArtifactTheLambdaBuildWrites() throws IOException {
        JsonNode function = template().path("Globals").path("Function");
        assertEquals("../../target/lambda/function.zip", function.path("CodeUri").asText());
        assertEquals("live", function.path("AutoPublishAlias").asText(), "SnapStart needs published versions");
        assertEquals(Path.of("target/lambda/function.zip"),
                TEMPLATE.getParent().resolve(function.path("CodeUri").asText()).normalize(),
                "CodeUri, relative to the template, is where ./mvnw -Dlambda package writes the artifact");
    }

    @Test
    void everyHandlerItNamesExistsInTheCode() throws Exception {
        CloudFormation template = new CloudFormation(template());
        Set<String> handlers = new TreeSet<>();
        for (String function : template.functions()) {
            handlers.addAll(Intrinsics.branches(template.properties(function).path("Handler")));
        }
        handlers.remove(DeploymentPlan.NATIVE_HANDLER);
        assertEquals(Set.of(DeploymentPlan.HTTP_HANDLER, DeploymentPlan.EXTRACTION_HANDLER,
                DeploymentPlan.AGGREGATION_HANDLER), handlers);
        for (String handler : handlers) {
            LambdaHandlers.assertExists(handler);
        }
    }
}
