package io.scofacts.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Page tokens are DynamoDB's own LastEvaluatedKey, made opaque (base64url JSON) and bound to
 * the listing they came from, so a token from one filter cannot page another. Offsets would
 * cost a read of every skipped item; the key resumes the query where it stopped.
 */
final class PageTokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TOKEN_LENGTH = 4_096;

    private PageTokens() {
    }

    static String encode(String listing, Map<String, AttributeValue> lastEvaluatedKey) {
        if (lastEvaluatedKey == null || lastEvaluatedKey.isEmpty()) {
            return null;
        }
        ObjectNode token = JSON.createObjectNode();
        token.put("l", listing);
        ObjectNode key = token.putObject("k");
        lastEvaluatedKey.forEach((name, value) -> key.put(name, value.s()));
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(token.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The ExclusiveStartKey for {@code token}, or null for the first page. */
    static Map<String, AttributeValue> decode(String listing, String token, Set<String> keyNames) {
        if (token == null) {
            return null;
        }
        JsonNode parsed;
        try {
            if (token.length() > MAX_TOKEN_LENGTH) {
                throw new IllegalArgumentException("too long");
            }
            parsed = JSON.readTree(Base64.getUrlDecoder().decode(token));
        } catch (Exception e) {
            throw new InvalidPageTokenException("the page token is not one this service issued");
        }
        if (parsed == null || !listing.equals(parsed.path("l").asText(null)) || !parsed.path("k").isObject()) {
            throw new InvalidPageTokenException("the page token belongs to another listing or filter");
        }
        Map<String, AttributeValue> key = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = parsed.get("k").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!keyNames.contains(field.getKey()) || !field.getValue().isTextual()) {
                throw new InvalidPageTokenException("the page token is not one this service issued");
            }
            key.put(field.getKey(), AttributeValue.fromS(field.getValue().asText()));
        }
        if (!key.keySet().equals(keyNames)) {
            throw new InvalidPageTokenException("the page token is not one this service issued");
        }
        return key;
    }
}
