package io.scofacts.infra.cdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Template;

/** The stack synthesised in the test JVM with cdk.json's context values, some of them overridden. */
final class Stacks {

    private static final Map<String, Object> DEFAULTS = Map.of(
            "variant", "jvm", "authorizer", "JWT", "jwtIssuer", "https://issuer.example.org", "jwtAudience", "scofacts",
            "allowedOrigins", "https://forms.example.org,https://platform.example.org", "throttlingRateLimit", "50",
            "throttlingBurstLimit", "100", "logRetentionDays", "30",
            "functionZip", System.getProperty("scofacts.function-zip", "../../target/lambda/function.zip"));

    private Stacks() {
    }

    static Template synthesise(Map<String, Object> overrides) {
        Map<String, Object> context = new HashMap<>(DEFAULTS);
        context.putAll(overrides);
        App app = App.Builder.create().context(context).build();
        return Template.fromStack(new ScofactsStack(app, ScofactsApp.STACK_NAME, DeploymentSettings.from(app.getNode())));
    }

    static JsonNode json(Template template) {
        return new ObjectMapper().valueToTree(template.toJSON());
    }
}
