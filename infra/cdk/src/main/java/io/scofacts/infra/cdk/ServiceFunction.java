package io.scofacts.infra.cdk;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.logs.CfnLogGroup;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

/**
 * One Lambda of the service: the shared artifact with its own handler, a role that starts
 * with no permissions at all (each is added by {@link #allow}), its own log group with
 * retention, and the "live" alias that the API and the stream invoke, so that SnapStart's
 * published versions are what runs.
 */
final class ServiceFunction extends Construct {

    static final String JVM_HTTP_HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";
    /** What Quarkus' generated native template names; provided.al2023 runs the bootstrap executable. */
    static final String NATIVE_HANDLER = "not.used.in.provided.runtime";

    /** How one Lambda runs: on the JVM (with SnapStart) or as the native executable. */
    record Spec(String description, boolean nativeExecutable, String jvmHandler, int memoryMb, int timeoutSeconds,
            Map<String, String> environment) {
    }

    final Function function;
    final Alias alias;
    final Role role;
    final LogGroup logGroup;

    ServiceFunction(Construct scope, String id, Spec spec, DeploymentSettings settings) {
        super(scope, id);
        logGroup = LogGroup.Builder.create(this, "LogGroup").build();
        ((CfnLogGroup) logGroup.getNode().getDefaultChild()).setRetentionInDays(settings.logRetentionDays());
        role = Role.Builder.create(this, "Role").assumedBy(new ServicePrincipal("lambda.amazonaws.com")).build();
        allow("Logs", List.of("logs:CreateLogStream", "logs:PutLogEvents"), List.of(logGroup.getLogGroupArn()));

        Map<String, String> environment = new java.util.TreeMap<>(spec.environment());
        // Every function answers behind the HTTP API, which answers CORS for the allowed origins.
        environment.put("QUARKUS_HTTP_CORS_ENABLED", "false");
        // Case and event updates run from the streams (the aggregate function), never in-process.
        environment.put("SCOFACTS_DOSSIERS_UPDATES", "stream");
        if (spec.nativeExecutable()) {
            environment.put("DISABLE_SIGNAL_HANDLERS", "true");
        }
        Function.Builder function = Function.Builder.create(this, "Function")
                .description(spec.description())
                .code(Code.fromAsset(settings.functionZip()))
                .architecture(Architecture.X86_64)
                .memorySize(spec.memoryMb())
                .timeout(Duration.seconds(spec.timeoutSeconds()))
                .role(role)
                .logGroup(logGroup)
                .environment(environment);
        if (spec.nativeExecutable()) {
            function.runtime(Runtime.PROVIDED_AL2023).handler(NATIVE_HANDLER);
        } else {
            function.runtime(Runtime.JAVA_21).handler(spec.jvmHandler()).snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS);
        }
        this.function = function.build();
        alias = Alias.Builder.create(this, "Live").aliasName("live").version(this.function.getCurrentVersion()).build();
    }

    void allow(String sid, List<String> actions, List<String> resources) {
        role.addToPolicy(PolicyStatement.Builder.create().sid(sid).actions(actions).resources(resources).build());
    }
}
