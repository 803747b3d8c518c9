package io.scofacts.infra.cdk;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import software.constructs.Node;

/**
 * The deployment choices, from context values (cdk.json, or -c name=value), named as the SAM
 * template's parameters are: docs/deploy.md lists both.
 */
public record DeploymentSettings(boolean nativeVariant, boolean jwtAuthorizer, String jwtIssuer, List<String> jwtAudience,
        List<String> allowedOrigins, int throttlingRateLimit, int throttlingBurstLimit, int logRetentionDays,
        String functionZip) {

    /** The retention periods CloudWatch Logs accepts. */
    private static final Set<Integer> RETENTION_DAYS = Set.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545,
            731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);

    public DeploymentSettings {
        if (jwtAuthorizer && (jwtIssuer.isBlank() || jwtAudience.isEmpty())) {
            throw new IllegalArgumentException("a JWT authorizer needs the context values jwtIssuer and jwtAudience");
        }
        if (allowedOrigins.isEmpty() || allowedOrigins.contains("*")) {
            throw new IllegalArgumentException("allowedOrigins must name the web forms' origins, not *");
        }
        if (!RETENTION_DAYS.contains(logRetentionDays)) {
            throw new IllegalArgumentException("logRetentionDays must be one of " + RETENTION_DAYS);
        }
    }

    static DeploymentSettings from(Node node) {
        return new DeploymentSettings(
                oneOf(node, "variant", "jvm", "native").equals("native"),
                oneOf(node, "authorizer", "JWT", "IAM").equals("JWT"),
                text(node, "jwtIssuer"), list(node, "jwtAudience"), list(node, "allowedOrigins"),
                Integer.parseInt(text(node, "throttlingRateLimit")), Integer.parseInt(text(node, "throttlingBurstLimit")),
                Integer.parseInt(text(node, "logRetentionDays")), text(node, "functionZip"));
    }

    private static String oneOf(Node node, String name, String... allowed) {
        String value = text(node, name);
        if (!Arrays.asList(allowed).contains(value)) {
            throw new IllegalArgumentException("context value " + name + " must be one of " + Arrays.toString(allowed)
                    + ", not " + value);
        }
        return value;
    }

    private static String text(Node node, String name) {
        Object value = node.tryGetContext(name);
        if (value == null) {
            throw new IllegalArgumentException("context value " + name + " is missing (cdk.json or -c " + name + "=...)");
        }
        return value.toString().strip();
    }

    private static List<String> list(Node node, String name) {
        return Arrays.stream(text(node, name).split(",")).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }
}
