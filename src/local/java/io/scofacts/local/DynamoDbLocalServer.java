package io.scofacts.local;

import io.scofacts.storage.EmbeddedDynamoDb;

/**
 * DynamoDB Local as a process of its own, bound like the embedded one (127.0.0.1, and only the
 * given access key id when one is set), for running the service against a DynamoDB that
 * outlives it or fails apart from it (the fault tests kill and freeze this process). Reads the
 * same settings as the embedded one: scofacts.dynamodb-local.host, .port (default 8000),
 * .data-folder (default: in memory) and .access-key-id, as system properties or environment
 * variables (SCOFACTS_DYNAMODB_LOCAL_ACCESS_KEY_ID keeps the key off the command line).
 */
public final class DynamoDbLocalServer {

    private DynamoDbLocalServer() {
    }

    public static void main(String... args) throws Exception {
        EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.start(
                Settings.get("scofacts.dynamodb-local.host", "127.0.0.1"),
                Integer.parseInt(Settings.get("scofacts.dynamodb-local.port", "8000")),
                Settings.get("scofacts.dynamodb-local.data-folder", null),
                Settings.get("scofacts.dynamodb-local.access-key-id", null));
        Runtime.getRuntime().addShutdownHook(new Thread(dynamo::close, "dynamodb-local-stop"));
        System.out.println("DynamoDB Local at " + dynamo.endpoint());
        dynamo.join();
    }
}
