package io.scofacts.storage;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * In front of DynamoDB Local: a request whose SigV4 Authorization header names another access
 * key id is refused as DynamoDB refuses unknown credentials (400 UnrecognizedClientException).
 * DynamoDB Local does not check credentials at all; the key id, random per process and never
 * on a command line, is what keeps other processes on the machine out.
 */
final class AccessKeyGuard extends Handler.Wrapper {

    private static final byte[] REFUSAL = ("{\"__type\":\"com.amazonaws.dynamodb.v20120810#UnrecognizedClientException\","
            + "\"message\":\"The security token included in the request is invalid.\"}").getBytes(StandardCharsets.UTF_8);

    private final String credentialPrefix;

    AccessKeyGuard(Handler handler, String accessKeyId) {
        super(handler);
        this.credentialPrefix = "Credential=" + accessKeyId + "/";
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String authorization = request.getHeaders().get("Authorization");
        if (authorization == null || !authorization.contains(credentialPrefix)) {
            response.setStatus(400);
            response.getHeaders().put("Content-Type", "application/x-amz-json-1.0");
            response.write(true, ByteBuffer.wrap(REFUSAL), callback);
            return true;
        }
        return super.handle(request, response, callback);
    }
}
