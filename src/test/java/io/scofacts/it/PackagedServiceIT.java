package io.scofacts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.support.HttpCall;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * The packaged service as `java -jar` runs it: HTTP and the embedded DynamoDB Local listen on
 * 127.0.0.1 only, and DynamoDB Local refuses requests signed with any key but the one the
 * process made up.
 */
class PackagedServiceIT {

    private static final Pattern EMBEDDED = Pattern.compile("DynamoDB Local \\(embedded\\) at (http://\\S+)");

    @Test
    void listensOnLoopbackOnlyAndKeepsItsDynamoDbToItself() throws Exception {
        try (ServiceProcess service = ServiceProcess.start(Map.of())) {
            Matcher embedded = EMBEDDED.matcher(service.line(EMBEDDED));
            assertTrue(embedded.find());
            URI dynamo = URI.create(embedded.group(1));
            assertEquals("127.0.0.1", service.base().getHost());
            assertEquals("127.0.0.1", dynamo.getHost());

            List<InetAddress> others = nonLoopbackAddresses();
            for (InetAddress address : others) {
                for (int port : List.of(service.base().getPort(), dynamo.getPort())) {
                    assertThrows(ConnectException.class, () -> connect(address, port),
                            "port " + port + " must not be reachable at " + address.getHostAddress());
                }
            }
            System.out.println("packaged service: refused on " + others.size() + " non-loopback address(es) "
                    + others + "; answers on " + service.base());

            DynamoDbException refused = assertThrows(DynamoDbException.class, () -> client(dynamo, "intruder").listTables());
            assertEquals(400, refused.statusCode());
            assertEquals("UnrecognizedClientException", refused.awsErrorDetails().errorCode());

            HttpCall submitted = HttpCall.postJson(service.base(), "submitArticle", "{\"text\":\"回环地址上的测试稿件。\"}");
            assertEquals(200, submitted.status(), submitted.text());
        }
    }

    private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
        return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(networkInterface -> {
                    try {
                        return networkInterface.isUp() && !networkInterface.isLoopback();
                    } catch (SocketException e) {
                        return false;
                    }
                })
                .flatMap(networkInterface -> Collections.list(networkInterface.getInetAddresses()).stream())
                .filter(address -> address instanceof Inet4Address)
                .toList();
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
        }
    }

    private static DynamoDbClient client(URI endpoint, String accessKeyId) {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, "x")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }
}
