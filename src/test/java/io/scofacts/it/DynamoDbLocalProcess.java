package io.scofacts.it;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * DynamoDB Local as a process of its own (io.scofacts.local.DynamoDbLocalServer from the
 * packaged application: 127.0.0.1, one access key, data in a folder so that it survives a
 * kill), to be killed, restarted on the same port and folder, frozen and thawed, and the
 * settings the service needs to use it, as the README gives them.
 */
final class DynamoDbLocalProcess implements AutoCloseable {

    static final String REGION = "us-east-1";
    private static final Pattern READY = Pattern.compile("DynamoDB Local at ");

    private final int port;
    private final Path dataFolder;
    private final String accessKeyId;
    private ServiceProcess process;

    DynamoDbLocalProcess(int port, Path dataFolder, String accessKeyId) {
        this.port = port;
        this.dataFolder = dataFolder;
        this.accessKeyId = accessKeyId;
    }

    DynamoDbLocalProcess start() {
        process = ServiceProcess.startMain("io.scofacts.local.DynamoDbLocalServer",
                List.of("-Xmx256m", "-Dscofacts.dynamodb-local.port=" + port,
                        "-Dscofacts.dynamodb-local.data-folder=" + dataFolder),
                Map.of("SCOFACTS_DYNAMODB_LOCAL_ACCESS_KEY_ID", accessKeyId), READY);
        return this;
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /**
     * Takes DynamoDB away at once, for the service a crash: connections refused from then on.
     * SIGTERM, not SIGKILL: DynamoDB Local acknowledges a write before its SQLite file has it,
     * so a SIGKILL loses writes it acknowledged in the last seconds (measured without our
     * service in the way: 3 of 7,543 acknowledged puts lost over 4 SIGKILLs, none of 11,352
     * over 6 SIGTERMs; docs/reliability.md). That is DynamoDB Local's durability, which
     * DynamoDB in AWS does not share, and not what this suite measures.
     */
    void kill() {
        process.close();
    }

    void freeze() {
        process.signal("STOP");
    }

    void thaw() {
        process.signal("CONT");
    }

    /** The settings of an external DynamoDB, as README.md lists them. */
    Map<String, String> serviceSettings() {
        return Map.of(
                "scofacts.dynamodb-local.enabled", "false",
                "quarkus.dynamodb.endpoint-override", endpoint().toString(),
                "quarkus.dynamodb.aws.region", REGION,
                "quarkus.dynamodb.aws.credentials.type", "static",
                "quarkus.dynamodb.aws.credentials.static-provider.access-key-id", accessKeyId,
                "quarkus.dynamodb.aws.credentials.static-provider.secret-access-key", "unused-by-dynamodb-local",
                "scofacts.dynamodb.create-missing-tables", "true");
    }

    /** A client of the test's own, to look at what the service stored. */
    DynamoDbClient client() {
        return DynamoDbClient.builder().endpointOverride(endpoint()).region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, "x")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
        }
    }
}
