package io.scofacts.infra.cdk;

import java.util.List;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.services.apigatewayv2.CfnApi;
import software.amazon.awscdk.services.apigatewayv2.CfnAuthorizer;
import software.amazon.awscdk.services.apigatewayv2.CfnIntegration;
import software.amazon.awscdk.services.apigatewayv2.CfnRoute;
import software.amazon.awscdk.services.apigatewayv2.CfnStage;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Permission;
import software.amazon.awscdk.services.logs.CfnLogGroup;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

/**
 * The HTTP API: POST /<function> for every function, each routed to the Lambda that serves it,
 * all behind the chosen authoriser, CORS for the configured origins only, stage-wide throttling
 * and an access log. Written with the CloudFormation-level constructs so that it is the same
 * resources the SAM template declares.
 */
final class ServiceHttpApi extends Construct {

    private static final String ACCESS_LOG_FORMAT = "{\"requestId\":\"$context.requestId\",\"ip\":\"$context.identity.sourceIp\","
            + "\"time\":\"$context.requestTime\",\"route\":\"$context.routeKey\",\"status\":\"$context.status\","
            + "\"latency\":\"$context.integrationLatency\",\"error\":\"$context.integrationErrorMessage\"}";

    final CfnApi api;
    private final CfnAuthorizer jwtAuthorizer;

    ServiceHttpApi(Construct scope, String id, DeploymentSettings settings) {
        super(scope, id);
        api = CfnApi.Builder.create(this, "HttpApi")
                .name(Aws.STACK_NAME + "-api")
                .protocolType("HTTP")
                .corsConfiguration(CfnApi.CorsProperty.builder()
                        .allowOrigins(settings.allowedOrigins())
                        .allowMethods(List.of("POST"))
                        .allowHeaders(List.of("authorization", "content-type"))
                        .exposeHeaders(List.of("next-page-token"))
                        .maxAge(3600)
                        .build())
                .build();
        LogGroup accessLog = LogGroup.Builder.create(this, "AccessLog").build();
        ((CfnLogGroup) accessLog.getNode().getDefaultChild()).setRetentionInDays(settings.logRetentionDays());
        CfnStage.Builder.create(this, "Stage")
                .apiId(api.getRef())
                .stageName("$default")
                .autoDeploy(true)
                .defaultRouteSettings(CfnStage.RouteSettingsProperty.builder()
                        .throttlingRateLimit(settings.throttlingRateLimit())
                        .throttlingBurstLimit(settings.throttlingBurstLimit())
                        .build())
                .accessLogSettings(CfnStage.AccessLogSettingsProperty.builder()
                        .destinationArn(accessLog.getLogGroupArn())
                        .format(ACCESS_LOG_FORMAT)
                        .build())
                .build();
        jwtAuthorizer = settings.jwtAuthorizer() ? CfnAuthorizer.Builder.create(this, "JwtAuthorizer")
                .apiId(api.getRef())
                .name("jwt")
                .authorizerType("JWT")
                .identitySource(List.of("$request.header.Authorization"))
                .jwtConfiguration(CfnAuthorizer.JWTConfigurationProperty.builder()
                        .issuer(settings.jwtIssuer())
                        .audience(settings.jwtAudience())
                        .build())
                .build() : null;
    }

    /** Routes POST /<name> of each function to the Lambda's live alias, and lets the API invoke it. */
    CfnIntegration route(String id, ServiceFunction lambda, List<String> functions) {
        CfnIntegration integration = CfnIntegration.Builder.create(this, id + "Integration")
                .apiId(api.getRef())
                .integrationType("AWS_PROXY")
                .integrationUri(lambda.alias.getFunctionArn())
                .payloadFormatVersion("2.0")
                .build();
        for (String function : functions) {
            CfnRoute.Builder route = CfnRoute.Builder.create(this, function + "Route")
                    .apiId(api.getRef())
                    .routeKey("POST /" + function)
                    .target("integrations/" + integration.getRef());
            if (jwtAuthorizer != null) {
                route.authorizationType("JWT").authorizerId(jwtAuthorizer.getRef());
            } else {
                route.authorizationType("AWS_IAM");
            }
            route.build();
        }
        lambda.alias.addPermission(id + "ApiInvoke", Permission.builder()
                .principal(new ServicePrincipal("apigateway.amazonaws.com"))
                .sourceArn("arn:" + Aws.PARTITION + ":execute-api:" + Aws.REGION + ":" + Aws.ACCOUNT_ID + ":"
                        + api.getRef() + "/*/*")
                .build());
        return integration;
    }

    /**
     * The web page's static files (index.html, style.css, js/…), served from the artifact by the
     * Lambda behind this integration, open to browsers: they hold no data, and the page sends the
     * caller's token to the function routes.
     */
    void servePage(CfnIntegration integration) {
        for (String routeKey : List.of("GET /", "GET /{proxy+}")) {
            CfnRoute.Builder.create(this, routeKey.equals("GET /") ? "PageRoute" : "PageFilesRoute")
                    .apiId(api.getRef())
                    .routeKey(routeKey)
                    .target("integrations/" + integration.getRef())
                    .authorizationType("NONE")
                    .build();
        }
    }
}
