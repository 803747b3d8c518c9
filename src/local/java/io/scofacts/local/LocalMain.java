package io.scofacts.local;

import io.quarkus.runtime.Quarkus;
import io.scofacts.storage.EmbeddedDynamoDb;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point of the local build: starts DynamoDB Local in this JVM and points the service
 * at it before Quarkus reads its configuration, then serves the functions over HTTP.
 * {@code -Dscofacts.dynamodb-local.enabled=false} runs against whatever
 * {@code quarkus.dynamodb.*} configures instead (a real AWS account, an external DynamoDB).
 */
@QuarkusMain
public final class LocalMain {

    /** Set once DynamoDB Local runs: dev-mode restarts run main again in the same JVM and keep it. */
    private static final String RUNNING_ENDPOINT = "scofacts.dynamodb-local.running-endpoint";

    private LocalMain() {
    }

    public static void main(String... args) {
        // The DynamoDB client (URL connection) keeps at most this many idle connections per host
        // (the JDK's default, 5, is fewer than the request and update threads that share it).
        if (System.getProperty("http.maxConnections") == null) {
            System.setProperty("http.maxConnections", "64");
        }
        boolean enabled = Boolean.parseBoolean(setting("scofacts.dynamodb-local.enabled", "true"));
        if (enabled && System.getProperty(RUNNING_ENDPOINT) == null) {
            EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.start(
                    Integer.parseInt(setting("scofacts.dynamodb-local.port", "0")),
                    setting("scofacts.dynamodb-local.data-folder", null));
            Runtime.getRuntime().addShutdownHook(new Thread(dynamo::close, "dynamodb-local-stop"));
            System.setProperty(RUNNING_ENDPOINT, dynamo.endpoint());
            System.setProperty("quarkus.dynamodb.endpoint-override", dynamo.endpoint());
            System.setProperty("quarkus.dynamodb.aws.region", setting("quarkus.dynamodb.aws.region", "us-east-1"));
            // DynamoDB Local accepts any credentials; these keep the default chain from looking for real ones.
            System.setProperty("quarkus.dynamodb.aws.credentials.type", "static");
            System.setProperty("quarkus.dynamodb.aws.credentials.static-provider.access-key-id", "local");
            System.setProperty("quarkus.dynamodb.aws.credentials.static-provider.secret-access-key", "local");
            System.setProperty("scofacts.dynamodb.create-missing-tables", "true");
            System.out.println("DynamoDB Local (embedded) at " + dynamo.endpoint());
        }
        Quarkus.run(args);
    }

    /** A system property, else the environment variable of the same name in upper snake case. */
    private static String setting(String name, String fallback) {
        String value = System.getProperty(name);
        if (value == null) {
            value = System.getenv(name.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        return value == null ? fallback : value;
    }
}
