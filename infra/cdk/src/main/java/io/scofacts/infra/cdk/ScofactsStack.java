package io.scofacts.infra.cdk;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

/**
 * The service: four Lambdas from one artifact (submit, extract and summary behind one HTTP
 * API; aggregate driven by streams only), the tables, extraction driven by the articles
 * stream, case and event updates by the FactSheets and cases streams, alarms, and the web page
 * served by the submit Lambda from the same API. The same system as infra/sam/template.yaml;
 * the tests hold both to one plan.
 */
public final class ScofactsStack extends Stack {

    /** The HTTP functions each Lambda serves (io.scofacts.api.FunctionNames.ALL, all of them). */
    static final List<String> SUBMIT_FUNCTIONS = List.of("submitArticle", "getArticle");
    static final List<String> EXTRACT_FUNCTIONS = List.of("extractFacts");
    static final List<String> SUMMARY_FUNCTIONS = List.of("caseSummary", "listCases", "eventSummary", "listEvents",
            "exportCases");

    static final String EXTRACTION_HANDLER = "io.scofacts.lambda.ExtractionLambdaHandler::handleRequest";
    static final String AGGREGATION_HANDLER = "io.scofacts.lambda.AggregationLambdaHandler::handleRequest";

    private static final List<String> STREAM_READ = List.of("dynamodb:DescribeStream", "dynamodb:GetRecords",
            "dynamodb:GetShardIterator");

    public ScofactsStack(Construct scope, String id, DeploymentSettings settings) {
        super(scope, id);
        ServiceTables tables = new ServiceTables(this, "Tables");
        ServiceHttpApi api = new ServiceHttpApi(this, "Api", settings);
        boolean nativeHttp = settings.nativeVariant();

        // Memory buys CPU on Lambda; docs/deploy.md explains each figure. The submit function also
        // serves the web page, which calls this API and asks for a token under the JWT authoriser.
        ServiceFunction submit = new ServiceFunction(this, "Submit", new ServiceFunction.Spec(
                "submitArticle, getArticle", nativeHttp, ServiceFunction.JVM_HTTP_HANDLER, nativeHttp ? 512 : 1024, 15,
                Map.of("SCOFACTS_ARTICLES_TABLE", tables.articles.getTableName(),
                        "SCOFACTS_PAGE_API_URL", api.api.getAttrApiEndpoint(),
                        "SCOFACTS_PAGE_AUTHORIZER", settings.jwtAuthorizer() ? "JWT" : "IAM")), settings);
        // The extract and aggregate functions stay on the JVM in the native variant: they take
        // stream triggers, and a Quarkus native executable dispatches HTTP events only.
        ServiceFunction extract = new ServiceFunction(this, "Extract", new ServiceFunction.Spec(
                "extractFacts over HTTP and for every article inserted into the articles table (stores FactSheets only)",
                false, EXTRACTION_HANDLER, 2048, 60,
                Map.of("SCOFACTS_ARTICLES_TABLE", tables.articles.getTableName(),
                        "SCOFACTS_FACTSHEETS_TABLE", tables.factsheets.getTableName(),
                        "SCOFACTS_EXTRACTOR_PRIME_AT_STARTUP", "true")), settings);
        // Page tokens are signed with this key (io.scofacts.storage.PageTokens); every instance
        // must hold the same one, resolved into the environment at deployment.
        Secret pageTokenKey = Secret.Builder.create(this, "PageTokenKey")
                .description("HMAC key of the SCO fact service's page tokens")
                .generateSecretString(SecretStringGenerator.builder().passwordLength(48).excludePunctuation(true).build())
                .build();
        ServiceFunction summary = new ServiceFunction(this, "Summary", new ServiceFunction.Spec(
                String.join(", ", SUMMARY_FUNCTIONS), nativeHttp, ServiceFunction.JVM_HTTP_HANDLER,
                nativeHttp ? 512 : 1024, 15, Map.of("SCOFACTS_CASES_TABLE", tables.cases.getTableName(),
                        "SCOFACTS_PAGE_TOKENS_KEY", pageTokenKey.getSecretValue().unsafeUnwrap())), settings);
        ServiceFunction aggregate = new ServiceFunction(this, "Aggregate", new ServiceFunction.Spec(
                "cases and events brought up to date from the FactSheets and cases tables' streams (no HTTP)", false,
                AGGREGATION_HANDLER, 1024, 60,
                Map.of("SCOFACTS_ARTICLES_TABLE", tables.articles.getTableName(),
                        "SCOFACTS_FACTSHEETS_TABLE", tables.factsheets.getTableName(),
                        "SCOFACTS_CASES_TABLE", tables.cases.getTableName())), settings);

        StreamTriggers triggers = new StreamTriggers(this, "Streams");
        triggers.add("ArticleInserted", tables.articles.getTableStreamArn(), extract, StreamTriggers.ARTICLES_INSERTED);
        triggers.add("FactSheetStored", tables.factsheets.getTableStreamArn(), aggregate, StreamTriggers.FACTSHEETS_STORED);
        triggers.add("ShareChanged", tables.cases.getTableStreamArn(), aggregate, StreamTriggers.SHARES_CHANGED);

        submit.allow("ArticlesReadWrite", List.of("dynamodb:PutItem", "dynamodb:GetItem", "dynamodb:Query"),
                List.of(tables.articles.getTableArn()));

        extract.allow("ArticlesRead", List.of("dynamodb:GetItem", "dynamodb:Query"), List.of(tables.articles.getTableArn()));
        extract.allow("FactsheetsReadWrite", List.of("dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem", "dynamodb:DeleteItem"),
                List.of(tables.factsheets.getTableArn()));
        extract.allow("ArticlesStreamRead", STREAM_READ, List.of(tables.articles.getTableStreamArn()));
        extract.allow("StreamListing", List.of("dynamodb:ListStreams"), List.of("*"));
        extract.allow("DeadLetters", List.of("sqs:SendMessage"), List.of(triggers.deadLetterQueue.getQueueArn()));

        summary.allow("CasesRead", List.of("dynamodb:GetItem", "dynamodb:Query"), List.of(tables.cases.getTableArn(),
                tables.cases.getTableArn() + "/index/" + ServiceTables.CASES_INDEX));
        summary.allow("CasesOverviewsRead", List.of("dynamodb:BatchGetItem"), List.of(tables.cases.getTableArn()));

        aggregate.allow("ArticlesRead", List.of("dynamodb:GetItem", "dynamodb:Query"), List.of(tables.articles.getTableArn()));
        aggregate.allow("FactsheetsRead", List.of("dynamodb:GetItem", "dynamodb:Query"), List.of(tables.factsheets.getTableArn()));
        aggregate.allow("CasesReadWrite", List.of("dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem",
                "dynamodb:DeleteItem", "dynamodb:BatchGetItem", "dynamodb:BatchWriteItem"), List.of(tables.cases.getTableArn()));
        aggregate.allow("StreamsRead", STREAM_READ, List.of(tables.factsheets.getTableStreamArn(),
                tables.cases.getTableStreamArn()));
        aggregate.allow("StreamListing", List.of("dynamodb:ListStreams"), List.of("*"));
        aggregate.allow("DeadLetters", List.of("sqs:SendMessage"), List.of(triggers.deadLetterQueue.getQueueArn()));

        api.servePage(api.route("Submit", submit, SUBMIT_FUNCTIONS));
        api.route("Extract", extract, EXTRACT_FUNCTIONS);
        api.route("Summary", summary, SUMMARY_FUNCTIONS);

        ServiceAlarms alarms = new ServiceAlarms(this, "Alarms");
        alarms.deadLetters(triggers.deadLetterQueue);
        alarms.throttles("SubmitThrottleAlarm", submit, "The submit function was throttled.");
        alarms.throttles("ExtractThrottleAlarm", extract, "The extract function was throttled.");
        alarms.throttles("SummaryThrottleAlarm", summary, "The summary function was throttled.");
        alarms.throttles("AggregateThrottleAlarm", aggregate, "The aggregate function was throttled.");
        alarms.streamLag("StreamIteratorAgeAlarm", extract,
                "Stream-driven extraction is falling behind (oldest record older than 10 minutes).", 600_000);
        alarms.streamLag("AggregateIteratorAgeAlarm", aggregate,
                "Case and event updates are falling behind (oldest FactSheets or cases stream record older than 1 minute).",
                60_000);
        alarms.apiRefusals(api.api.getRef());

        CfnOutput.Builder.create(this, "ApiUrl").description("Base URL; each function is POST <ApiUrl>/<name>.")
                .value(api.api.getAttrApiEndpoint()).build();
        CfnOutput.Builder.create(this, "PageUrl").description("The web page for analysts and platform staff (served by the API itself).")
                .value(api.api.getAttrApiEndpoint() + "/").build();
        CfnOutput.Builder.create(this, "AlarmTopicArn").value(alarms.topic.getTopicArn()).build();
        CfnOutput.Builder.create(this, "DeadLetterQueueUrl").value(triggers.deadLetterQueue.getQueueUrl()).build();
    }
}
