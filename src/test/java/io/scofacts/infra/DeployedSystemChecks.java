package io.scofacts.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scofacts.api.FunctionNames;
import io.scofacts.infra.DeploymentPlan.Lambda;
import io.scofacts.infra.DeploymentPlan.Variant;
import io.scofacts.storage.TableDefinitions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The facts every deployment template must state, checked against {@link DeploymentPlan},
 * {@code FunctionNames.ALL} and {@code TableDefinitions}: used by the SAM test here and by the
 * CDK module's tests on its synthesised templates.
 */
public final class DeployedSystemChecks {

    private final JsonNode raw;
    private final CloudFormation template;
    private final Set<Variant> variants;
    private final Map<String, String> tableParts = new HashMap<>();
    private final Map<Lambda, String> lambdaIds = new LinkedHashMap<>();

    private DeployedSystemChecks(JsonNode template, Set<Variant> variants) {
        this.raw = template;
        this.template = new CloudFormation(template);
        this.variants = variants;
        Map<String, String> routes = this.template.routes();
        for (Lambda lambda : DeploymentPlan.LAMBDAS) {
            String id = lambda.functions().isEmpty() ? functionWithHandler(lambda.jvmHandler())
                    : routes.get("POST /" + lambda.functions().get(0));
            assertNotNull(id, "no function of the template is the " + lambda.name() + " Lambda");
            lambdaIds.put(lambda, id);
        }
        for (String function : this.template.functions()) {
            this.template.properties(function).path("Environment").path("Variables").fields().forEachRemaining(variable -> {
                String part = DeploymentPlan.TABLE_VARIABLES.get(variable.getKey());
                if (part != null) {
                    for (String table : Intrinsics.references(variable.getValue())) {
                        String earlier = tableParts.put(table, part);
                        assertTrue(earlier == null || earlier.equals(part), table + " is both " + earlier + " and " + part);
                    }
                }
            });
        }
    }

    /** The one function running {@code handler} (a stream consumer, which no route names). */
    private String functionWithHandler(String handler) {
        List<String> found = template.functions().stream()
                .filter(id -> Intrinsics.branches(template.properties(id).path("Handler")).contains(handler)).toList();
        assertEquals(1, found.size(), "functions with handler " + handler);
        return found.get(0);
    }

    /** Checks a template; variants: the ones it can deploy (SAM: both, by parameter; a CDK synth: one). */
    public static void check(JsonNode template, Set<String> variants) {
        DeployedSystemChecks checks = new DeployedSystemChecks(template, variants.stream()
                .map(variant -> Variant.valueOf(variant.toUpperCase(Locale.ROOT))).collect(Collectors.toSet()));
        checks.everyFunctionOfTheCodeIsPlanned();
        checks.tables();
        checks.routes();
        checks.functions();
        checks.pageTokenKey();
        checks.permissions();
        checks.streamTrigger();
        checks.logs();
        checks.alarms();
        checks.api();
        checks.page();
    }

    private void everyFunctionOfTheCodeIsPlanned() {
        List<String> planned = DeploymentPlan.LAMBDAS.stream().flatMap(lambda -> lambda.functions().stream()).toList();
        assertEquals(new TreeSet<>(FunctionNames.ALL), new TreeSet<>(planned),
                "DeploymentPlan must deploy exactly FunctionNames.ALL");
        assertEquals(planned.size(), Set.copyOf(planned).size(), "a function is planned on two Lambdas");
    }

    private void tables() {
        assertEquals(3, template.ofType("AWS::DynamoDB::Table").size(), "tables");
        Map<String, String> idOfPart = new TreeMap<>();
        tableParts.forEach((id, part) -> idOfPart.put(part, id));
        assertEquals(Set.of("articles", "factsheets", "cases"), idOfPart.keySet(), "tables passed to the functions");
        TableFacts.assertSame(TableDefinitions.articles("articles"), template.properties(idOfPart.get("articles")));
        TableFacts.assertSame(TableDefinitions.factsheets("factsheets"), template.properties(idOfPart.get("factsheets")));
        TableFacts.assertSame(TableDefinitions.cases("cases"), template.properties(idOfPart.get("cases")));
        for (String table : idOfPart.values()) {
            assertEquals("Retain", template.resource(table).path("DeletionPolicy").asText(), table + " outlives the stack");
        }
    }

    private void routes() {
        Map<String, String> routes = template.routes();
        Set<String> expected = FunctionNames.ALL.stream().map(name -> "POST /" + name).collect(Collectors.toSet());
        expected.addAll(DeploymentPlan.PAGE_ROUTES);
        assertEquals(expected, routes.keySet(), "routes: exactly POST /<name> for every function of the code, and the page");
        for (Lambda lambda : DeploymentPlan.LAMBDAS) {
            for (String function : lambda.functions()) {
                assertEquals(lambdaIds.get(lambda), routes.get("POST /" + function), "Lambda serving " + function);
            }
        }
        for (String route : template.ofType("AWS::ApiGatewayV2::Route")) {
            Set<String> authorization = Intrinsics.branches(template.properties(route).path("AuthorizationType"));
            if (DeploymentPlan.PAGE_ROUTES.contains(template.properties(route).path("RouteKey").asText())) {
                assertEquals(Set.of("NONE"), authorization, route + ": the page's files are open to browsers");
                continue;
            }
            assertTrue(Set.of("JWT", "AWS_IAM").containsAll(authorization), route + " is open: " + authorization);
            if (authorization.contains("JWT")) {
                assertTrue(Intrinsics.references(template.properties(route).path("AuthorizerId")).stream()
                        .anyMatch(id -> template.properties(id).path("AuthorizerType").asText().equals("JWT")),
                        route + " names no JWT authoriser");
            }
        }
        for (Lambda lambda : DeploymentPlan.LAMBDAS) {
            String function = lambdaIds.get(lambda);
            assertEquals(!lambda.functions().isEmpty(), template.ofType("AWS::Lambda::Permission").stream()
                    .map(template::properties)
                    .anyMatch(permission -> permission.path("Principal").asText().equals("apigateway.amazonaws.com")
                            && function.equals(template.functionBehind(permission.path("FunctionName")))),
                    "API Gateway may invoke " + lambda.name() + " exactly when it serves functions");
        }
    }

    /**
     * Every Lambda that serves a listing signs its page tokens with one key, from a secret the
     * stack generates (resolved at deployment), so that instances accept each other's tokens.
     */
    private void pageTokenKey() {
        for (Lambda lambda : DeploymentPlan.LAMBDAS) {
            if (lambda.functions().stream().noneMatch(DeploymentPlan.LISTINGS::contains)) {
                continue;
            }
            JsonNode key = template.properties(lambdaIds.get(lambda)).path("Environment").path("Variables")
                    .path(DeploymentPlan.PAGE_TOKEN_KEY_VARIABLE);
            String name = lambda.functions().toString();
            assertTrue(Intrinsics.render(key).startsWith("{{resolve:secretsmanager:"), name + " page token key: "
                    + Intrinsics.render(key));
            assertTrue(Intrinsics.references(key).stream()
                    .anyMatch(id -> template.type(id).equals("AWS::SecretsManager::Secret")),
                    name + " takes its page token key from a secret of the stack");
        }
    }

    private void functions() {
        assertEquals(DeploymentPlan.LAMBDAS.size(), template.functions().size(), "functions");
        for (Lambda lambda : DeploymentPlan.LAMBDAS) {
            JsonNode properties = template.properties(lambdaIds.get(lambda));
            String name = lambda.name();
            assertEquals(expected(lambda::runtime), Intrinsics.branches(properties.path("Runtime")), name + " runtime");
            assertEquals(expected(lambda::handler), Intrinsics.branches(properties.path("Handler")), name + " handler");
            assertEquals(expected(variant -> String.valueOf(lambda.memory(variant))),
                    Intrinsics.branches(properties.path("MemorySize")), name + " memory");
            assertEquals(String.valueOf(lambda.timeout()), Intrinsics.render(properties.path("Timeout")), name + " timeout");
            assertEquals(expected(lambda::snapStart), Intrinsics.branches(properties.path("SnapStart")), name + " SnapStart");
            Set<String> tableVariables = new TreeSet<>();
            properties.path("Environment").path("Variables").fieldNames().forEachRemaining(variable -> {
                if (DeploymentPlan.TABLE_VARIABLES.containsKey(variable)) {
                    tableVariables.add(variable);
                }
            });
            assertEquals(new TreeSet<>(lambda.tableVariables()), tableVariables, name + " tables");
            DeploymentPlan.COMMON_ENVIRONMENT.forEach((variable, value) -> assertEquals(value,
                    Intrinsics.render(properties.path("Environment").path("Variables").path(variable)),
                    lambda.name() + " " + variable));
        }
        assertEquals("true", Intrinsics.render(template.properties(lambdaIds.get(DeploymentPlan.EXTRACT))
                .path("Environment").path("Variables").path("SCOFACTS_EXTRACTOR_PRIME_AT_STARTUP")),
                "the extract function primes its extractor before the snapshot");
    }

    private Set<String> expected(Function<Variant, String> property) {
        return variants.stream().map(property).collect(Collectors.toSet());
    }

    private void permissions() {
        for (Lambda lambda : DeploymentPlan.LAMBDAS) {
            String function = lambdaIds.get(lambda);
            String role = Intrinsics.references(template.properties(function).path("Role")).stream()
                    .filter(id -> template.type(id).equals("AWS::IAM::Role")).findFirst().orElse(null);
            assertNotNull(role, lambda.name() + " has no role of its own");
            Map<String, Set<String>> allowed = new TreeMap<>();
            template.allowed(role).forEach((action, resources) -> allowed.put(action,
                    resources.stream().map(resource -> canonical(resource, function)).collect(Collectors.toCollection(TreeSet::new))));
            Map<String, Set<String>> expected = new TreeMap<>();
            lambda.allowed().forEach((resource, actions) -> actions.forEach(action ->
                    expected.computeIfAbsent(action, a -> new TreeSet<>()).add(resource)));
            assertEquals(expected, allowed, lambda.name() + ": exactly these actions on these resources");
        }
    }

    private void streamTrigger() {
        ObjectMapper json = new ObjectMapper();
        for (Lambda lambda : DeploymentPlan.LAMBDAS) {
            String function = lambdaIds.get(lambda);
            List<JsonNode> triggers = template.streamTriggers(function);
            assertEquals(lambda.triggers().size(), triggers.size(), lambda.name() + " stream triggers");
            for (DeploymentPlan.StreamTrigger planned : lambda.triggers()) {
                JsonNode trigger = triggers.stream()
                        .filter(t -> planned.stream().equals(canonical(Intrinsics.render(t.path("EventSourceArn")), function)))
                        .findFirst().orElseThrow(() -> new AssertionError(lambda.name() + " has no trigger on " + planned.stream()));
                String name = lambda.name() + " trigger on " + planned.stream() + ": ";
                planned.settings().forEach((property, value) ->
                        assertEquals(value, canonical(Intrinsics.render(trigger.path(property)), function), name + property));
                assertEquals("[\"ReportBatchItemFailures\"]", trigger.path("FunctionResponseTypes").toString(), name);
                assertEquals("${dlq.Arn}", canonical(Intrinsics.render(
                        trigger.path("DestinationConfig").path("OnFailure").path("Destination")), function), name);
                try {
                    assertEquals(json.readTree(planned.filter()),
                            json.readTree(trigger.path("FilterCriteria").path("Filters").path(0).path("Pattern").asText()),
                            name + "filter");
                } catch (java.io.IOException e) {
                    throw new AssertionError(name + "the filter is not JSON", e);
                }
            }
        }
    }

    private void logs() {
        for (String function : lambdaIds.values()) {
            String logGroup = logGroupOf(function);
            assertNotNull(logGroup, function + " logs to no log group of this template");
            assertNotEquals(Intrinsics.ABSENT, Intrinsics.render(template.properties(logGroup).path("RetentionInDays")),
                    function + "'s logs are kept forever");
        }
    }

    private void alarms() {
        List<JsonNode> alarms = template.ofType("AWS::CloudWatch::Alarm").stream().map(template::properties).toList();
        assertTrue(alarms.stream().allMatch(alarm -> alarm.path("AlarmActions").size() > 0), "an alarm notifies no one");
        String queue = deadLetterQueue();
        assertTrue(alarms.stream().anyMatch(alarm -> alarm.path("MetricName").asText().equals("ApproximateNumberOfMessagesVisible")
                && Intrinsics.references(alarm.path("Dimensions")).contains(queue)), "no alarm on the dead-letter queue");
        for (String function : lambdaIds.values()) {
            assertTrue(alarms.stream().anyMatch(alarm -> alarm.path("MetricName").asText().equals("Throttles")
                    && Intrinsics.references(alarm.path("Dimensions")).contains(function)), "no throttle alarm on " + function);
        }
        for (Lambda lambda : DeploymentPlan.LAMBDAS) {
            String function = lambdaIds.get(lambda);
            assertEquals(!lambda.triggers().isEmpty(), alarms.stream().anyMatch(alarm -> alarm.path("MetricName").asText()
                    .equals("IteratorAge") && Intrinsics.references(alarm.path("Dimensions")).contains(function)),
                    lambda.name() + ": an alarm on stream lag exactly when it reads streams");
        }
    }

    private void api() {
        List<String> apis = template.ofType("AWS::ApiGatewayV2::Api");
        assertEquals(1, apis.size(), "one HTTP API");
        JsonNode api = template.properties(apis.get(0));
        assertEquals("HTTP", api.path("ProtocolType").asText());
        JsonNode cors = api.path("CorsConfiguration");
        assertFalse(cors.path("AllowOrigins").isMissingNode(), "CORS names its origins");
        assertFalse(cors.path("AllowOrigins").toString().contains("\"*\""), "CORS open to every origin");
        assertEquals(DeploymentPlan.CORS_METHODS, texts(cors.path("AllowMethods")), "CORS methods");
        assertEquals(DeploymentPlan.CORS_HEADERS, texts(cors.path("AllowHeaders")), "CORS headers");
        assertEquals(String.valueOf(DeploymentPlan.CORS_MAX_AGE_SECONDS), Intrinsics.render(cors.path("MaxAge")), "CORS max age");
        assertTrue(Set.of(Intrinsics.ABSENT, "false").contains(Intrinsics.render(cors.path("AllowCredentials"))),
                "CORS without credentials (the page sends a bearer token, no cookies)");
        assertTrue(cors.path("ExposeHeaders").toString().toLowerCase(Locale.ROOT).contains("next-page-token"),
                "a page can read exportCases' Next-Page-Token");
        List<String> stages = template.ofType("AWS::ApiGatewayV2::Stage");
        assertEquals(1, stages.size(), "one stage");
        JsonNode stage = template.properties(stages.get(0));
        for (String limit : List.of("ThrottlingRateLimit", "ThrottlingBurstLimit")) {
            assertNotEquals(Intrinsics.ABSENT, Intrinsics.render(stage.path("DefaultRouteSettings").path(limit)), limit);
        }
        assertTrue(Intrinsics.references(stage.path("AccessLogSettings").path("DestinationArn")).stream()
                .anyMatch(id -> template.type(id).equals("AWS::Logs::LogGroup")
                        && !Intrinsics.render(template.properties(id).path("RetentionInDays")).equals(Intrinsics.ABSENT)),
                "access log with retention");
    }

    /**
     * The page: its routes lead to the Lambda that serves its files, which tells it the API's
     * address and authoriser; every HTTP function leaves CORS to API Gateway; an output names the
     * page's address.
     */
    private void page() {
        Map<String, String> routes = template.routes();
        String pageLambda = lambdaIds.get(DeploymentPlan.PAGE_LAMBDA);
        for (String route : DeploymentPlan.PAGE_ROUTES) {
            assertEquals(pageLambda, routes.get(route), route + " is served by the Lambda holding the page");
        }
        String api = template.ofType("AWS::ApiGatewayV2::Api").get(0);
        JsonNode settings = template.properties(pageLambda).path("Environment").path("Variables");
        assertEquals("${" + api + ".ApiEndpoint}", Intrinsics.render(settings.path(DeploymentPlan.PAGE_API_URL)),
                "the page calls this API");
        String authorizer = Intrinsics.render(settings.path(DeploymentPlan.PAGE_AUTHORIZER));
        Set<String> routeAuthorization = routes.keySet().stream().filter(route -> route.startsWith("POST "))
                .flatMap(route -> template.ofType("AWS::ApiGatewayV2::Route").stream()
                        .filter(id -> template.properties(id).path("RouteKey").asText().equals(route)))
                .flatMap(id -> Intrinsics.branches(template.properties(id).path("AuthorizationType")).stream())
                .collect(Collectors.toSet());
        if (authorizer.startsWith("${")) {
            String parameter = authorizer.substring(2, authorizer.length() - 1);
            assertEquals(List.of("JWT", "IAM"), texts(raw.path("Parameters").path(parameter).path("AllowedValues")),
                    "the page is told the authoriser parameter");
        } else {
            assertEquals(Set.of(authorizer.equals("IAM") ? "AWS_IAM" : authorizer), routeAuthorization,
                    "the page is told the routes' authoriser");
        }
        for (String function : lambdaIds.values()) {
            assertEquals("false", Intrinsics.render(template.properties(function).path("Environment").path("Variables")
                    .path(DeploymentPlan.FUNCTIONS_CORS)), function + " leaves CORS to API Gateway");
        }
        boolean pageOutput = false;
        for (JsonNode output : raw.path("Outputs")) {
            pageOutput |= Intrinsics.references(output.path("Value")).contains(api)
                    && Intrinsics.render(output.path("Value")).endsWith("/") && output.path("Description").asText().contains("page");
        }
        assertTrue(pageOutput, "an output gives the page's address");
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private String logGroupOf(String function) {
        return Intrinsics.references(template.properties(function).path("LoggingConfig").path("LogGroup")).stream()
                .filter(id -> template.type(id).equals("AWS::Logs::LogGroup")).findFirst().orElse(null);
    }

    private String deadLetterQueue() {
        return template.streamTriggers(lambdaIds.get(DeploymentPlan.EXTRACT)).stream()
                .flatMap(trigger -> Intrinsics.references(trigger.path("DestinationConfig")).stream())
                .filter(id -> template.type(id).equals("AWS::SQS::Queue")).findFirst().orElse(null);
    }

    /** A rendered value with the template's logical ids replaced by what they are to this function. */
    private String canonical(String rendered, String function) {
        Map<String, String> names = new HashMap<>(tableParts);
        String queue = deadLetterQueue();
        if (queue != null) {
            names.put(queue, "dlq");
        }
        String logGroup = logGroupOf(function);
        if (logGroup != null) {
            names.put(logGroup, "log");
        }
        String canonical = rendered;
        for (Map.Entry<String, String> name : names.entrySet()) {
            canonical = canonical.replace("${" + name.getKey() + ".", "${" + name.getValue() + ".")
                    .replace("${" + name.getKey() + "}", "${" + name.getValue() + "}");
        }
        return canonical;
    }
}
