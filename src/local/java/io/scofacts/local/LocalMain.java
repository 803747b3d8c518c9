package io.scofacts.local;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.scofacts.storage.EmbeddedDynamoDb;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Entry point of the local build: starts DynamoDB Local in this JVM and points the service
 * at it before Quarkus reads its configuration, then serves the functions over HTTP.
 * DynamoDB Local listens on 127.0.0.1 (scofacts.dynamodb-local.host) at a free port and
 * answers only requests signed with an access key made up here, which nothing outside this
 * process knows. {@code -Dscofacts.dynamodb-local.enabled=false} runs against whatever
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
        boolean enabled = Boolean.parseBoolean(Settings.get("scofacts.dynamodb-local.enabled", "true"));
        if (enabled && System.getProperty(RUNNING_ENDPOINT) == null) {
            String accessKeyId = "local" + randomHex(8);
            EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.start(
                    Settings.get("scofacts.dynamodb-local.host", "127.0.0.1"),
                    Integer.parseInt(Settings.get("scofacts.dynamodb-local.port", "0")),
                    Settings.get("scofacts.dynamodb-local.data-folder", null),
                    accessKeyId);
            Runtime.getRuntime().addShutdownHook(new Thread(dynamo::close, "dynamodb-local-stop"));
            System.setProperty(RUNNING_ENDPOINT, dynamo.endpoint());
            System.setProperty("quarkus.dynamodb.endpoint-override", dynamo.endpoint());
            System.setProperty("quarkus.dynamodb.aws.region", Settings.get("quarkus.dynamodb.aws.region", "us-east-1"));
            System.setProperty("quarkus.dynamodb.aws.credentials.type", "static");
            System.setProperty("quarkus.dynamodb.aws.credentials.static-provider.access-key-id", accessKeyId);
            System.setProperty("quarkus.dynamodb.aws.credentials.static-provider.secret-access-key", randomHex(20));
            System.setProperty("scofacts.dynamodb.create-missing-tables", "true");
            System.out.println("DynamoDB Local (embedded) at " + dynamo.endpoint());
        }
        Quarkus.run(args);
    }

    static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
