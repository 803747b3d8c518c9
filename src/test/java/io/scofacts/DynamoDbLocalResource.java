package io.scofacts;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * A real DynamoDB Local, in memory, on a free port, for the whole test run: the tests talk to
 * it over HTTP exactly as the service talks to DynamoDB in AWS.
 */
public class DynamoDbLocalResource implements QuarkusTestResourceLifecycleManager {

    private DynamoDBProxyServer server;

    @Override
    public Map<String, String> start() {
        int port = freePort();
        try {
            server = ServerRunner.createServerFromCommandLineArgs(
                    new String[] {"-inMemory", "-port", Integer.toString(port), "-disableTelemetry"});
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not start", e);
        }
        return Map.of(
                "quarkus.dynamodb.endpoint-override", "http://localhost:" + port,
                "quarkus.dynamodb.aws.region", "us-east-1",
                "quarkus.dynamodb.aws.credentials.type", "static",
                "quarkus.dynamodb.aws.credentials.static-provider.access-key-id", "test",
                "quarkus.dynamodb.aws.credentials.static-provider.secret-access-key", "test",
                "scofacts.dynamodb.create-missing-tables", "true");
    }

    @Override
    public void stop() {
        try {
            if (server != null) {
                server.stop();
            }
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not stop", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
