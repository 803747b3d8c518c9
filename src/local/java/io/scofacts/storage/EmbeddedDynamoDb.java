package io.scofacts.storage;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * DynamoDB Local (no Docker, no AWS account): in memory by default, or in a folder when one is
 * given so data survives restarts. DynamoDB Local itself listens on every interface and takes
 * any credentials; here it listens on {@code host} only (127.0.0.1 unless configured) and, when
 * an access key id is given, refuses requests signed with any other ({@link AccessKeyGuard}),
 * so only the process that holds the key reads or changes the data. In the storage package,
 * the only one that touches DynamoDB, but under src/local/java: only the local build embeds it.
 */
public final class EmbeddedDynamoDb implements AutoCloseable {

    private final DynamoDBProxyServer server;
    private final String host;
    private final int port;

    private EmbeddedDynamoDb(DynamoDBProxyServer server, String host, int port) {
        this.server = server;
        this.host = host;
        this.port = port;
    }

    /**
     * Starts on {@code host}:{@code port} (0: a free port), in memory when {@code dataFolder} is
     * null, accepting only {@code accessKeyId} unless it is null.
     */
    public static EmbeddedDynamoDb start(String host, int port, String dataFolder, String accessKeyId) {
        int chosen = port == 0 ? freePort(host) : port;
        List<String> args = new ArrayList<>(List.of("-port", Integer.toString(chosen), "-disableTelemetry"));
        if (dataFolder == null) {
            args.add("-inMemory");
        } else {
            args.addAll(List.of("-dbPath", dataFolder, "-sharedDb"));
        }
        try {
            DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(args.toArray(String[]::new));
            Server jetty = jettyOf(server);
            ((ServerConnector) jetty.getConnectors()[0]).setHost(host);
            if (accessKeyId != null) {
                jetty.setHandler(new AccessKeyGuard(jetty.getHandler(), accessKeyId));
            }
            server.start();
            return new EmbeddedDynamoDb(server, host, chosen);
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local could not start on " + host + ":" + chosen, e);
        }
    }

    public String endpoint() {
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    public int port() {
        return port;
    }

    /** Blocks until the server stops. */
    public void join() throws Exception {
        server.join();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            // stopping at JVM exit: nothing left to protect
        }
    }

    /**
     * DynamoDB Local builds its Jetty server bound to all interfaces and offers no option for
     * the host; its connector is reachable through this one private field before the start.
     */
    private static Server jettyOf(DynamoDBProxyServer server) throws ReflectiveOperationException {
        Field field = DynamoDBProxyServer.class.getDeclaredField("server");
        field.setAccessible(true);
        return (Server) field.get(server);
    }

    private static int freePort(String host) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for DynamoDB Local on " + host, e);
        }
    }
}
