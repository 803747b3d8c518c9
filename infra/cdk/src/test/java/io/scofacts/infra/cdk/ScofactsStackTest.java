package io.scofacts.infra.cdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The CDK app, synthesised in both variants and checked with CDK's assertions library. */
class ScofactsStackTest {

    private static final Template JVM_JWT = Stacks.synthesise(Map.of());
    private static final Template NATIVE_IAM = Stacks.synthesise(Map.of("variant", "native", "authorizer", "IAM"));

    @Test
    void deploysThePlannedSystem() {
        ServicePlanChecks.check(Stacks.json(JVM_JWT), Set.of("jvm"));
        ServicePlanChecks.check(Stacks.json(NATIVE_IAM), Set.of("native"));
    }

    @Test
    void declaresEachResourceOnce() {
        JVM_JWT.resourceCountIs("AWS::DynamoDB::Table", 3);
        JVM_JWT.resourceCountIs("AWS::Lambda::Function", 4);
        JVM_JWT.resourceCountIs("AWS::Lambda::Alias", 4);
        JVM_JWT.resourceCountIs("AWS::Lambda::EventSourceMapping", 3);
        JVM_JWT.resourceCountIs("AWS::ApiGatewayV2::Api", 1);
        JVM_JWT.resourceCountIs("AWS::ApiGatewayV2::Route", 10);
        JVM_JWT.resourceCountIs("AWS::ApiGatewayV2::Authorizer", 1);
        JVM_JWT.resourceCountIs("AWS::SQS::Queue", 1);
        JVM_JWT.resourceCountIs("AWS::Logs::LogGroup", 5);
        JVM_JWT.resourceCountIs("AWS::CloudWatch::Alarm", 8);
        NATIVE_IAM.resourceCountIs("AWS::ApiGatewayV2::Authorizer", 0);
    }

    @Test
    void tablesAreOnDemandWithRecoveryAndStreamsOfKeys() {
        JVM_JWT.hasResourceProperties("AWS::DynamoDB::Table", Map.of(
                "KeySchema", List.of(Map.of("AttributeName", "articleId", "KeyType", "HASH"),
                        Map.of("AttributeName", "part", "KeyType", "RANGE")),
                "StreamSpecification", Map.of("StreamViewType", "KEYS_ONLY"),
                "BillingMode", "PAY_PER_REQUEST",
                "PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true)));
        JVM_JWT.hasResourceProperties("AWS::DynamoDB::Table", Map.of(
                "GlobalSecondaryIndexes", List.of(Match.objectLike(Map.of("IndexName", "byFacet",
                        "Projection", Map.of("ProjectionType", "ALL"))))));
        JVM_JWT.hasResource("AWS::DynamoDB::Table", Map.of("DeletionPolicy", "Retain", "UpdateReplacePolicy", "Retain"));
        JVM_JWT.allResourcesProperties("AWS::DynamoDB::Table", Map.of("StreamSpecification",
                Map.of("StreamViewType", "KEYS_ONLY")));
    }

    @Test
    void jvmVariantRunsEveryFunctionWithSnapStart() {
        JVM_JWT.allResourcesProperties("AWS::Lambda::Function", Map.of("Runtime", "java21",
                "SnapStart", Map.of("ApplyOn", "PublishedVersions")));
        JVM_JWT.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Handler", ScofactsStack.EXTRACTION_HANDLER, "MemorySize", 2048, "Timeout", 60,
                "Environment", Map.of("Variables", Match.objectLike(Map.of("SCOFACTS_EXTRACTOR_PRIME_AT_STARTUP", "true")))));
    }

    @Test
    void nativeVariantKeepsOnlyTheStreamConsumersOnTheJvm() {
        assertEquals(2, NATIVE_IAM.findResources("AWS::Lambda::Function", Map.of("Properties",
                Map.of("Runtime", "provided.al2023", "Handler", ServiceFunction.NATIVE_HANDLER, "MemorySize", 512,
                        "SnapStart", Match.absent()))).size());
        for (String handler : List.of(ScofactsStack.EXTRACTION_HANDLER, ScofactsStack.AGGREGATION_HANDLER)) {
            NATIVE_IAM.hasResourceProperties("AWS::Lambda::Function", Map.of("Runtime", "java21",
                    "Handler", handler, "SnapStart", Map.of("ApplyOn", "PublishedVersions")));
        }
    }

    @Test
    void everyFunctionLeavesCaseUpdatesToTheStreams() {
        JVM_JWT.allResourcesProperties("AWS::Lambda::Function", Map.of("Environment", Map.of("Variables",
                Match.objectLike(Map.of("SCOFACTS_DOSSIERS_UPDATES", "stream")))));
    }

    @Test
    void streamTriggersReportFailedRecordsRetryAndParkThem() {
        JVM_JWT.allResourcesProperties("AWS::Lambda::EventSourceMapping", Map.of(
                "BisectBatchOnFunctionError", true,
                "FunctionResponseTypes", List.of("ReportBatchItemFailures"), "StartingPosition", "TRIM_HORIZON",
                "DestinationConfig", Map.of("OnFailure", Map.of("Destination", Match.objectLike(Map.of(
                        "Fn::GetAtt", Match.arrayWith(List.of("Arn"))))))));
        JVM_JWT.hasResourceProperties("AWS::Lambda::EventSourceMapping", Map.of(
                "BatchSize", 10, "MaximumRetryAttempts", 3, "FilterCriteria", Map.of("Filters",
                        List.of(Map.of("Pattern", StreamTriggers.ARTICLES_INSERTED.filter())))));
        JVM_JWT.hasResourceProperties("AWS::Lambda::EventSourceMapping", Map.of(
                "BatchSize", 100, "ParallelizationFactor", 4, "FilterCriteria", Map.of("Filters",
                        List.of(Map.of("Pattern", StreamTriggers.SHARES_CHANGED.filter())))));
        JVM_JWT.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "MetricName", "ApproximateNumberOfMessagesVisible", "Namespace", "AWS/SQS", "Threshold", 0));
    }

    @Test
    void routesNeedTheChosenAuthoriser() {
        assertEquals(8, JVM_JWT.findResources("AWS::ApiGatewayV2::Route", Map.of("Properties",
                Map.of("RouteKey", Match.stringLikeRegexp("^POST /.*"), "AuthorizationType", "JWT"))).size());
        assertEquals(8, NATIVE_IAM.findResources("AWS::ApiGatewayV2::Route", Map.of("Properties",
                Map.of("RouteKey", Match.stringLikeRegexp("^POST /.*"), "AuthorizationType", "AWS_IAM"))).size());
        JVM_JWT.hasResourceProperties("AWS::ApiGatewayV2::Api", Map.of("CorsConfiguration", Match.objectLike(Map.of(
                "AllowOrigins", List.of("https://forms.example.org", "https://platform.example.org"),
                "AllowMethods", List.of("POST"), "AllowHeaders", List.of("authorization", "content-type"), "MaxAge", 3600))));
        JVM_JWT.hasResourceProperties("AWS::ApiGatewayV2::Stage", Map.of("DefaultRouteSettings",
                Map.of("ThrottlingRateLimit", 50, "ThrottlingBurstLimit", 100)));
    }

    @Test
    void servesThePageFromTheApiAndTellsItTheApiAndItsAuthoriser() {
        for (String routeKey : List.of("GET /", "GET /{proxy+}")) {
            JVM_JWT.hasResourceProperties("AWS::ApiGatewayV2::Route", Map.of("RouteKey", routeKey, "AuthorizationType", "NONE"));
        }
        JVM_JWT.hasResourceProperties("AWS::Lambda::Function", Map.of("Description", "submitArticle, getArticle",
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "SCOFACTS_PAGE_API_URL", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("^ApiHttpApi.*"), "ApiEndpoint")),
                        "SCOFACTS_PAGE_AUTHORIZER", "JWT")))));
        NATIVE_IAM.hasResourceProperties("AWS::Lambda::Function", Map.of("Description", "submitArticle, getArticle",
                "Environment", Map.of("Variables", Match.objectLike(Map.of("SCOFACTS_PAGE_AUTHORIZER", "IAM")))));
        JVM_JWT.allResourcesProperties("AWS::Lambda::Function", Map.of("Environment", Map.of("Variables",
                Match.objectLike(Map.of("QUARKUS_HTTP_CORS_ENABLED", "false")))));
        JVM_JWT.hasOutput("PageUrl", Map.of("Value", Match.objectLike(Map.of("Fn::Join", Match.anyValue()))));
    }

    @Test
    void summaryReadsCasesAndItsIndexOnly() {
        Map<String, Object> indexArn = Map.of("Fn::Join", List.of("", Match.arrayWith(List.of("/index/byFacet"))));
        Map<String, Object> casesRead = Map.of("Sid", "CasesRead",
                "Action", List.of("dynamodb:GetItem", "dynamodb:Query"),
                "Resource", List.of(Match.anyValue(), indexArn));
        Map<String, Object> overviewsRead = Map.of("Sid", "CasesOverviewsRead", "Action", "dynamodb:BatchGetItem");
        JVM_JWT.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument",
                Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(casesRead), Match.objectLike(overviewsRead))))));
    }

    @Test
    void forbiddenPermissionsAreAbsent() {
        String cases = logicalIdOfTableWith("GlobalSecondaryIndexes");
        Map<String, Map<String, Object>> policies = JVM_JWT.findResources("AWS::IAM::Policy");
        String submitPolicy = policyMentioning(policies, "ArticlesReadWrite");
        String summaryPolicy = policyMentioning(policies, "CasesRead");
        String extractPolicy = policyMentioning(policies, "FactsheetsReadWrite");
        String submitText = policies.get(submitPolicy).toString();
        String summaryText = policies.get(summaryPolicy).toString();
        assertFalse(submitText.contains(cases), "submit may touch the cases table");
        assertFalse(policies.get(extractPolicy).toString().contains(cases), "extract may touch the cases table");
        assertFalse(summaryText.contains("Articles") || summaryText.contains("Factsheets"),
                "summary may touch the articles or FactSheets table");
        for (String write : List.of("PutItem", "DeleteItem", "UpdateItem", "BatchWriteItem")) {
            assertFalse(summaryText.contains("dynamodb:" + write), "summary may " + write);
        }
        assertFalse(JVM_JWT.toJSON().toString().contains("dynamodb:*"), "a wildcard DynamoDB grant");
        assertFalse(JVM_JWT.toJSON().toString().contains("dynamodb:Scan"), "a Scan grant");
    }

    @Test
    void refusesSettingsThatWouldOpenTheApi() {
        assertThrows(IllegalArgumentException.class, () -> Stacks.synthesise(Map.of("allowedOrigins", "*")));
        assertThrows(IllegalArgumentException.class, () -> Stacks.synthesise(Map.of("jwtIssuer", "")));
        assertThrows(IllegalArgumentException.class, () -> Stacks.synthesise(Map.of("variant", "graal")));
        assertThrows(IllegalArgumentException.class, () -> Stacks.synthesise(Map.of("logRetentionDays", "10")));
    }

    private static String logicalIdOfTableWith(String property) {
        Map<String, Map<String, Object>> tables = JVM_JWT.findResources("AWS::DynamoDB::Table",
                Map.of("Properties", Map.of(property, Match.anyValue())));
        assertEquals(1, tables.size(), "tables with " + property);
        return tables.keySet().iterator().next();
    }

    /** The one policy with a statement of exactly this Sid. */
    private static String policyMentioning(Map<String, Map<String, Object>> policies, String sid) {
        List<String> matching = policies.entrySet().stream()
                .filter(entry -> new ObjectMapper().valueToTree(entry.getValue()).findValuesAsText("Sid").contains(sid))
                .map(Map.Entry::getKey).toList();
        assertEquals(1, matching.size(), "policies with " + sid);
        return matching.get(0);
    }
}
