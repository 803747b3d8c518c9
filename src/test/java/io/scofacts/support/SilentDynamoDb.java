package io.scofacts.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;

/**
 * Where the service expects DynamoDB, a TCP peer that fails as a dead or frozen DynamoDB does,
 * in the test's own process: {@link Mode#FROZEN} accepts connections and reads requests but
 * never answers (a SIGSTOPped process: the kernel still completes handshakes),
 * {@link Mode#RESETTING} drops every connection at once (a killed process). The real processes
 * are killed and frozen in FaultSuiteIT; this one is cheap enough to run in both builds.
 */
public class SilentDynamoDb implements QuarkusTestResourceLifecycleManager {

    public enum Mode { FROZEN, RESETTING }

    private static volatile Mode mode = Mode.FROZEN;
    private ServerSocket server;

    public static void mode(Mode next) {
        mode = next;
    }

    @Override
    public Map<String, String> start() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "silent-dynamodb");
        acceptor.setDaemon(true);
        acceptor.start();
        return Map.of(
                "quarkus.dynamodb.endpoint-override", "http://127.0.0.1:" + server.getLocalPort(),
                "quarkus.dynamodb.aws.region", "us-east-1",
                "quarkus.dynamodb.aws.credentials.type", "static",
                "quarkus.dynamodb.aws.credentials.static-provider.access-key-id", "test",
                "quarkus.dynamodb.aws.credentials.static-provider.secret-access-key", "test",
                "scofacts.dynamodb.create-missing-tables", "false");
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                if (mode == Mode.RESETTING) {
                    socket.setSoLinger(true, 0);
                    socket.close();
                } else {
                    Thread reader = new Thread(() -> drain(socket), "silent-dynamodb-connection");
                    reader.setDaemon(true);
                    reader.start();
                }
            } catch (IOException e) {
                // closed at the end of the run
            }
        }
    }

    private static void drain(Socket socket) {
        try (socket; InputStream in = socket.getInputStream()) {
            byte[] buffer = new byte[8192];
            while (in.read(buffer) >= 0) {
                // read and never answer
            }
        } catch (IOException e) {
            // the client gave up
        }
    }

    @Override
    public void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
