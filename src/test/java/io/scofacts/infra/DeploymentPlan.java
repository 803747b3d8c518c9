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
    static final String AGGREGATION_HANDLER = "io.scofacts.lambda.AggregationLambdaHandler::handleRequest";
    /** What Quarkus' generated native SAM template names as handler; provided.al2023 ignores it. */
    static final String NATIVE_HANDLER = "not.used.in.provided.runtime";

    static final String SNAPSTART_ON = "{\"ApplyOn\":\"PublishedVersions\"}";

    private static final Set<String> LOGS = Set.of("logs:CreateLogStream", "logs:PutLogEvents");

    /**
     * One DynamoDB stream trigger: the stream (${articles.StreamArn}), the mapping's settings
     * as the templates render them, and its event filter. Every trigger reports failed records
     * one by one and parks what keeps failing in the dead-letter queue.
     */
    record StreamTrigger(String stream, Map<String, String> settings, String filter) {
    }

    /**
     * One Lambda: its name, its HTTP functions (none for a stream consumer), whether it follows
     * the Variant or always runs on the JVM, memory (JVM, native) and timeout, the table env
     * vars it gets, exactly the actions its role allows, by resource (tables, stream, queue and
     * its own log group named by their part: ${articles.Arn}, ${dlq.Arn}, ${log.Arn}), and its
     * stream triggers.
     */
    record Lambda(String name, List<String> functions, String jvmHandler, boolean followsVariant, int jvmMemory,
            int nativeMemory, int timeout, Set<String> tableVariables, Map<String, Set<String>> allowed,
            List<StreamTrigger> triggers) {

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

    private static final Set<String> STREAM_READ = Set.of("dynamodb:DescribeStream", "dynamodb:GetRecords",
            "dynamodb:GetShardIterator");

    /** New articles only (the insert of part 0), in small batches: each is a full extraction. */
    static final StreamTrigger ARTICLES_INSERTED = new StreamTrigger("${articles.StreamArn}", Map.of(
            "StartingPosition", "TRIM_HORIZON",
            "BatchSize", "10",
            "MaximumBatchingWindowInSeconds", "1",
            "MaximumRetryAttempts", "3",
            "BisectBatchOnFunctionError", "true",
            "MaximumRecordAgeInSeconds", "86400"),
            "{\"eventName\":[\"INSERT\"],\"dynamodb\":{\"Keys\":{\"part\":{\"N\":[\"0\"]}}}}");

    /**
     * A FactSheet stored (part 0 written, first time or again): apply it to its cases and events.
     * Large batches, and several per shard at once (records of one article stay in order).
     */
    static final StreamTrigger FACTSHEETS_STORED = new StreamTrigger("${factsheets.StreamArn}", Map.of(
            "StartingPosition", "TRIM_HORIZON",
            "BatchSize", "100",
            "MaximumBatchingWindowInSeconds", "1",
            "ParallelizationFactor", "4",
            "MaximumRetryAttempts", "5",
            "BisectBatchOnFunctionError", "true",
            "MaximumRecordAgeInSeconds", "86400"),
            "{\"eventName\":[\"INSERT\",\"MODIFY\"],\"dynamodb\":{\"Keys\":{\"part\":{\"N\":[\"0\"]}}}}");

    /**
     * An article's share of a case or event written or removed: count it into the overview. A
     * batch gathers up to a second of changes, so a burst about one case is one refresh; records
     * of one case stay in order, so one refresh of a case runs at a time.
     */
    static final StreamTrigger SHARES_CHANGED = new StreamTrigger("${cases.StreamArn}", Map.of(
            "StartingPosition", "TRIM_HORIZON",
            "BatchSize", "100",
            "MaximumBatchingWindowInSeconds", "1",
            "ParallelizationFactor", "4",
            "MaximumRetryAttempts", "5",
            "BisectBatchOnFunctionError", "true",
            "MaximumRecordAgeInSeconds", "86400"),
            "{\"dynamodb\":{\"Keys\":{\"item\":{\"S\":[{\"prefix\":\"share#\"}]}}}}");

    static final Lambda SUBMIT = new Lambda("submit", List.of("submitArticle", "getArticle"), HTTP_HANDLER, true, 1024,
            512, 15,
            Set.of("SCOFACTS_ARTICLES_TABLE"),
            Map.of("${articles.Arn}", Set.of("dynamodb:PutItem", "dynamodb:GetItem", "dynamodb:Query"),
                    "${log.Arn}", LOGS),
            List.of());

    /**
     * Stays on the JVM in the native variant: a Quarkus native executable dispatches HTTP events
     * only. Writes FactSheets and nothing else: cases and events are the aggregate function's.
     */
    static final Lambda EXTRACT = new Lambda("extract", List.of("extractFacts"), EXTRACTION_HANDLER, false, 2048, 2048,
            60,
            Set.of("SCOFACTS_ARTICLES_TABLE", "SCOFACTS_FACTSHEETS_TABLE"),
            Map.of("${articles.Arn}", Set.of("dynamodb:GetItem", "dynamodb:Query"),
                    "${factsheets.Arn}", Set.of("dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem", "dynamodb:DeleteItem"),
                    "${articles.StreamArn}", STREAM_READ,
                    // ListStreams has no resource-level permission.
                    "*", Set.of("dynamodb:ListStreams"),
                    "${dlq.Arn}", Set.of("sqs:SendMessage"),
                    "${log.Arn}", LOGS),
            List.of(ARTICLES_INSERTED));

    static final Lambda SUMMARY = new Lambda("summary",
            List.of("caseSummary", "listCases", "eventSummary", "listEvents", "exportCases"), HTTP_HANDLER, true, 1024,
            512, 15,
            Set.of("SCOFACTS_CASES_TABLE"),
            Map.of("${cases.Arn}", Set.of("dynamodb:GetItem", "dynamodb:Query", "dynamodb:BatchGetItem"),
                    "${cases.Arn}/index/byFacet", Set.of("dynamodb:GetItem", "dynamodb:Query"),
                    "${log.Arn}", LOGS),
            List.of());

    /**
     * Cases and events, off every request's path: driven by the FactSheets and cases tables'
     * streams only, no HTTP. On the JVM in both variants (stream batches).
     */
    static final Lambda AGGREGATE = new Lambda("aggregate", List.of(), AGGREGATION_HANDLER, false, 1024, 1024, 60,
            Set.of("SCOFACTS_ARTICLES_TABLE", "SCOFACTS_FACTSHEETS_TABLE", "SCOFACTS_CASES_TABLE"),
            Map.of("${articles.Arn}", Set.of("dynamodb:GetItem", "dynamodb:Query"),
                    "${factsheets.Arn}", Set.of("dynamodb:GetItem", "dynamodb:Query"),
                    "${cases.Arn}", Set.of("dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem", "dynamodb:DeleteItem",
                            "dynamodb:BatchGetItem", "dynamodb:BatchWriteItem"),
                    "${factsheets.StreamArn}", STREAM_READ,
                    "${cases.StreamArn}", STREAM_READ,
                    "*", Set.of("dynamodb:ListStreams"),
                    "${dlq.Arn}", Set.of("sqs:SendMessage"),
                    "${log.Arn}", LOGS),
            List.of(FACTSHEETS_STORED, SHARES_CHANGED));

    static final List<Lambda> LAMBDAS = List.of(SUBMIT, EXTRACT, SUMMARY, AGGREGATE);

    /** Every function runs its case and event updates from the streams, never in-process. */
    static final Map<String, String> COMMON_ENVIRONMENT = Map.of("SCOFACTS_DOSSIERS_UPDATES", "stream");

    /** The functions that answer with page tokens, and where their signing key comes from. */
    static final Set<String> LISTINGS = Set.of("listCases", "listEvents", "exportCases");
    static final String PAGE_TOKEN_KEY_VARIABLE = "SCOFACTS_PAGE_TOKENS_KEY";

    /** The table env vars, by the part of the system each table is. */
    static final Map<String, String> TABLE_VARIABLES = Map.of("SCOFACTS_ARTICLES_TABLE", "articles",
            "SCOFACTS_FACTSHEETS_TABLE", "factsheets", "SCOFACTS_CASES_TABLE", "cases");

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
