package io.scofacts.infra;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the service is deployed, as both infra/sam/template.yaml and the CDK app in infra/cdk
 * must describe it: which Lambda serves which functions, with what it may do. The checks in
 * {@link DeployedSystemChecks} hold each template to this plan, and this plan to the code
 * (FunctionNames.ALL, the tables of TableDefinitions).
 */
public final class DeploymentPlan {

    enum Variant { JVM, NATIVE }

    static final String HTTP_HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";
    static final String EXTRACTION_HANDLER = "io.scofacts.lambda.ExtractionLambdaHandler::handleRequest";
    /** What Quarkus' generated native SAM template names as handler; provided.al2023 ignores it. */
    static final String NATIVE_HANDLER = "not.used.in.provided.runtime";

    static final String SNAPSTART_ON = "{\"ApplyOn\":\"PublishedVersions\"}";

    private static final Set<String> LOGS = Set.of("logs:CreateLogStream", "logs:PutLogEvents");

    /**
     * One Lambda: its HTTP functions (the first names it), whether it follows the Variant or
     * always runs on the JVM, memory (JVM, native) and timeout, the table env vars it gets, and
     * exactly the actions its role allows, by resource (tables, stream, queue and its own log
     * group named by their part: ${articles.Arn}, ${dlq.Arn}, ${log.Arn}).
     */
    record Lambda(List<String> functions, String jvmHandler, boolean followsVariant, int jvmMemory, int nativeMemory,
            int timeout, Set<String> tableVariables, Map<String, Set<String>> allowed, boolean streamTrigger) {

        String runtime(Variant variant) {
            return followsVariant && variant == Variant.NATIVE ? "provided.al2023" : "java21";
        }

        String handler(Variant variant) {
            return followsVariant && variant == Variant.NATIVE ? NATIVE_HANDLER : jvmHandler;
        }

        int memory(Variant variant) {
            return followsVariant && variant == Variant.NATIVE ? nativeMemory : jvmMemory;
        }

        String snapStart(Variant variant) {
            return followsVariant && variant == Variant.NATIVE ? Intrinsics.ABSENT : SNAPSTART_ON;
        }
    }

    static final Lambda SUBMIT = new Lambda(List.of("submitArticle", "getArticle"), HTTP_HANDLER, true, 1024, 512, 15,
            Set.of("SCOFACTS_ARTICLES_TABLE"),
            Map.of("${articles.Arn}", Set.of("dynamodb:PutItem", "dynamodb:GetItem", "dynamodb:Query"),
                    "${log.Arn}", LOGS),
            false);

    /** Stays on the JVM in the native variant: a Quarkus native executable dispatches HTTP events only. */
    static final Lambda EXTRACT = new Lambda(List.of("extractFacts"), EXTRACTION_HANDLER, false, 2048, 2048, 60,
            Set.of("SCOFACTS_ARTICLES_TABLE", "SCOFACTS_FACTSHEETS_TABLE", "SCOFACTS_CASES_TABLE"),
            Map.of("${articles.Arn}", Set.of("dynamodb:GetItem", "dynamodb:Query"),
                    "${factsheets.Arn}", Set.of("dynamodb:Query", "dynamodb:PutItem", "dynamodb:DeleteItem"),
                    "${cases.Arn}", Set.of("dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem", "dynamodb:DeleteItem"),
                    "${articles.StreamArn}", Set.of("dynamodb:DescribeStream", "dynamodb:GetRecords",
                            "dynamodb:GetShardIterator"),
                    // ListStreams has no resource-level permission.
                    "*", Set.of("dynamodb:ListStreams"),
                    "${dlq.Arn}", Set.of("sqs:SendMessage"),
                    "${log.Arn}", LOGS),
            true);

    static final Lambda SUMMARY = new Lambda(List.of("caseSummary", "listCases", "eventSummary", "listEvents"), HTTP_HANDLER, true, 1024, 512, 15,
            Set.of("SCOFACTS_CASES_TABLE"),
            Map.of("${cases.Arn}", Set.of("dynamodb:GetItem", "dynamodb:Query"),
                    "${cases.Arn}/index/byFacet", Set.of("dynamodb:GetItem", "dynamodb:Query"),
                    "${log.Arn}", LOGS),
            false);

    static final List<Lambda> LAMBDAS = List.of(SUBMIT, EXTRACT, SUMMARY);

    /** The functions that answer with page tokens, and where their signing key comes from. */
    static final Set<String> LISTINGS = Set.of("listCases", "listEvents");
    static final String PAGE_TOKEN_KEY_VARIABLE = "SCOFACTS_PAGE_TOKENS_KEY";

    /** The table env vars, by the part of the system each table is. */
    static final Map<String, String> TABLE_VARIABLES = Map.of("SCOFACTS_ARTICLES_TABLE", "articles",
            "SCOFACTS_FACTSHEETS_TABLE", "factsheets", "SCOFACTS_CASES_TABLE", "cases");

    /** The stream trigger of the extract function: new articles only, in small batches, retried, then parked. */
    static final Map<String, String> STREAM_TRIGGER = Map.of(
            "EventSourceArn", "${articles.StreamArn}",
            "StartingPosition", "TRIM_HORIZON",
            "BatchSize", "10",
            "MaximumBatchingWindowInSeconds", "1",
            "MaximumRetryAttempts", "3",
            "BisectBatchOnFunctionError", "true",
            "MaximumRecordAgeInSeconds", "86400");

    static final String STREAM_FILTER = "{\"eventName\":[\"INSERT\"],\"dynamodb\":{\"Keys\":{\"part\":{\"N\":[\"0\"]}}}}";

    /**
     * The web page (META-INF/resources): its files are GET routes of the same HTTP API, served by
     * the submit Lambda from the artifact and open to browsers (they hold no data; every function
     * route stays behind the authoriser, and the page sends the caller's token).
     */
    static final List<String> PAGE_ROUTES = List.of("GET /", "GET /{proxy+}");
    static final Lambda PAGE_LAMBDA = SUBMIT;
    /** The page learns the API's address and its authoriser from these (io.scofacts.api.PageSettings). */
    static final String PAGE_API_URL = "SCOFACTS_PAGE_API_URL";
    static final String PAGE_AUTHORIZER = "SCOFACTS_PAGE_AUTHORIZER";
    /**
     * API Gateway answers CORS for the AllowedOrigins parameter; the functions behind it leave it
     * to API Gateway (the Quarkus filter would judge "same origin" from the event's rebuilt URL).
     */
    static final String FUNCTIONS_CORS = "QUARKUS_HTTP_CORS_ENABLED";

    /** What browsers on the allowed origins may send: as application.properties allows locally. */
    public static final List<String> CORS_METHODS = List.of("POST");
    public static final List<String> CORS_HEADERS = List.of("authorization", "content-type");
    public static final int CORS_MAX_AGE_SECONDS = 3600;

    private DeploymentPlan() {
    }
}
