package io.scofacts.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A CloudFormation template, SAM's before its transform or CDK's synthesised one, seen through
 * what both have in common: functions, their triggers, roles and routes.
 */
final class CloudFormation {

    private static final Set<String> FUNCTION_TYPES = Set.of("AWS::Serverless::Function", "AWS::Lambda::Function");

    private final JsonNode resources;

    CloudFormation(JsonNode template) {
        this.resources = template.path("Resources");
    }

    String type(String logicalId) {
        return resources.path(logicalId).path("Type").asText();
    }

    JsonNode properties(String logicalId) {
        return resources.path(logicalId).path("Properties");
    }

    JsonNode resource(String logicalId) {
        return resources.path(logicalId);
    }

    List<String> ofType(String type) {
        List<String> ids = new ArrayList<>();
        resources.fieldNames().forEachRemaining(id -> {
            if (type(id).equals(type)) {
                ids.add(id);
            }
        });
        return ids;
    }

    List<String> functions() {
        List<String> ids = new ArrayList<>();
        resources.fieldNames().forEachRemaining(id -> {
            if (FUNCTION_TYPES.contains(type(id))) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** The function a reference leads to, directly or through an alias or version of it. */
    String functionBehind(JsonNode reference) {
        for (String id : Intrinsics.references(reference)) {
            if (FUNCTION_TYPES.contains(type(id))) {
                return id;
            }
            if (type(id).equals("AWS::Lambda::Alias") || type(id).equals("AWS::Lambda::Version")) {
                return functionBehind(properties(id).path("FunctionName"));
            }
        }
        return null;
    }

    /** Route key ("POST /submitArticle") to the function its integration invokes. */
    Map<String, String> routes() {
        Map<String, String> routes = new LinkedHashMap<>();
        for (String route : ofType("AWS::ApiGatewayV2::Route")) {
            String integration = Intrinsics.references(properties(route).path("Target")).stream()
                    .filter(id -> type(id).equals("AWS::ApiGatewayV2::Integration")).findFirst().orElse(null);
            routes.put(properties(route).path("RouteKey").asText(),
                    integration == null ? null : functionBehind(properties(integration).path("IntegrationUri")));
        }
        return routes;
    }

    /**
     * The function's DynamoDB stream triggers, as EventSourceMapping properties (SAM's DynamoDB
     * events are read into the same shape: Stream becomes EventSourceArn).
     */
    List<JsonNode> streamTriggers(String function) {
        List<JsonNode> triggers = new ArrayList<>();
        for (Iterator<JsonNode> events = properties(function).path("Events").elements(); events.hasNext();) {
            JsonNode event = events.next();
            if (event.path("Type").asText().equals("DynamoDB")) {
                ObjectNode mapping = event.path("Properties").deepCopy();
                mapping.set("EventSourceArn", mapping.remove("Stream"));
                triggers.add(mapping);
            }
        }
        for (String mapping : ofType("AWS::Lambda::EventSourceMapping")) {
            if (function.equals(functionBehind(properties(mapping).path("FunctionName")))) {
                triggers.add(properties(mapping));
            }
        }
        return triggers;
    }

    /** The role's statements, inline in the role or in policies attached to it. */
    List<JsonNode> statements(String role) {
        List<JsonNode> statements = new ArrayList<>();
        properties(role).path("Policies").forEach(policy -> policy.path("PolicyDocument").path("Statement")
                .forEach(statements::add));
        for (String policy : ofType("AWS::IAM::Policy")) {
            if (Intrinsics.references(properties(policy).path("Roles")).contains(role)) {
                properties(policy).path("PolicyDocument").path("Statement").forEach(statements::add);
            }
        }
        return statements;
    }

    /** Action to the resources (rendered) it is allowed on, over all Allow statements of a role. */
    Map<String, Set<String>> allowed(String role) {
        Map<String, Set<String>> allowed = new LinkedHashMap<>();
        for (JsonNode statement : statements(role)) {
            if (!statement.path("Effect").asText().equals("Allow")) {
                continue;
            }
            for (JsonNode action : asArray(statement.path("Action"))) {
                for (JsonNode resource : asArray(statement.path("Resource"))) {
                    allowed.computeIfAbsent(action.asText(), a -> new TreeSet<>())
                            .add(Intrinsics.render(resource));
                }
            }
        }
        return allowed;
    }

    private static JsonNode asArray(JsonNode node) {
        return node.isArray() ? node : JsonNodeFactory.instance.arrayNode().add(node);
    }
}
