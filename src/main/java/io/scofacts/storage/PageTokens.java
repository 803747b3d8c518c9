package io.scofacts.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Page tokens are DynamoDB's own LastEvaluatedKey (offsets would cost a read of every skipped
 * item; the key resumes the query where it stopped), bound to the listing they came from and
 * signed with HMAC-SHA256 under a configured key. A token anyone altered, re-encoded or made
 * up (another facet, empty key values) fails the signature and is refused before DynamoDB
 * sees it, so no caller can steer a query with it.
 */
@ApplicationScoped
public class PageTokens {

    private static final Logger LOG = Logger.getLogger(PageTokens.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TOKEN_LENGTH = 4_096;
    private static final int MIN_KEY_LENGTH = 32;
    private static final int SIGNATURE_BYTES = 16;
    private static final String ALGORITHM = "HmacSHA256";
    private static final String NOT_OURS = "the page token is not one this service issued (or it was altered)";

    private byte[] key;

    @ConfigProperty(name = "scofacts.page-tokens.key")
    Optional<String> configuredKey;

    PageTokens() {
    }

    PageTokens(String key) {
        this.key = checked(key);
    }

    /** A configured key that is too short stops the start, not the first listing. */
    void onStart(@Observes StartupEvent event) {
        configuredKey.ifPresent(PageTokens::checked);
    }

    String encode(String listing, Map<String, AttributeValue> lastEvaluatedKey) {
        if (lastEvaluatedKey == null || lastEvaluatedKey.isEmpty()) {
            return null;
        }
        ObjectNode token = JSON.createObjectNode();
        token.put("l", listing);
        ObjectNode keyNode = token.putObject("k");
        lastEvaluatedKey.forEach((name, value) -> keyNode.put(name, value.s()));
        byte[] payload = token.toString().getBytes(StandardCharsets.UTF_8);
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString(payload) + "." + base64.encodeToString(sign(payload));
    }

    /** The ExclusiveStartKey for {@code token}, or null for the first page. */
    Map<String, AttributeValue> decode(String listing, String token, Set<String> keyNames) {
        if (token == null) {
            return null;
        }
        JsonNode parsed = verified(token);
        if (!listing.equals(parsed.path("l").asText(null)) || !parsed.path("k").isObject()) {
            throw new InvalidPageTokenException("the page token belongs to another listing or filter");
        }
        Map<String, AttributeValue> lastKey = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = parsed.get("k").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!keyNames.contains(field.getKey()) || !field.getValue().isTextual() || field.getValue().asText().isEmpty()) {
                throw new InvalidPageTokenException(NOT_OURS);
            }
            lastKey.put(field.getKey(), AttributeValue.fromS(field.getValue().asText()));
        }
        if (!lastKey.keySet().equals(keyNames)) {
            throw new InvalidPageTokenException(NOT_OURS);
        }
        return lastKey;
    }

    private JsonNode verified(String token) {
        int dot = token.indexOf('.');
        if (token.length() > MAX_TOKEN_LENGTH || dot < 0 || dot != token.lastIndexOf('.')) {
            throw new InvalidPageTokenException(NOT_OURS);
        }
        try {
            Base64.Decoder base64 = Base64.getUrlDecoder();
            byte[] payload = base64.decode(token.substring(0, dot));
            byte[] signature = base64.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, sign(payload))) {
                throw new InvalidPageTokenException(NOT_OURS);
            }
            // Base64 leaves a few bits of a last char unused: an altered spelling of the same bytes
            // is an altered token too, so only the one spelling this class writes is accepted.
            Base64.Encoder canonical = Base64.getUrlEncoder().withoutPadding();
            if (!token.equals(canonical.encodeToString(payload) + "." + canonical.encodeToString(signature))) {
                throw new InvalidPageTokenException(NOT_OURS);
            }
            JsonNode parsed = JSON.readTree(payload);
            if (parsed == null || !parsed.isObject()) {
                throw new InvalidPageTokenException(NOT_OURS);
            }
            return parsed;
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw new InvalidPageTokenException(NOT_OURS);
        }
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key(), ALGORITHM));
            return Arrays.copyOf(mac.doFinal(payload), SIGNATURE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /**
     * The configured key; without one, a random key for this process, except on Lambda, where
     * several instances serve the same listing and must accept each other's tokens.
     */
    private synchronized byte[] key() {
        if (key == null) {
            if (configuredKey.isPresent()) {
                key = checked(configuredKey.get());
            } else if (System.getenv("AWS_LAMBDA_FUNCTION_NAME") != null) {
                throw new IllegalStateException("scofacts.page-tokens.key (SCOFACTS_PAGE_TOKENS_KEY) is not set: on "
                        + "Lambda every instance must sign page tokens with the same key (infra/ passes one)");
            } else {
                key = new byte[MIN_KEY_LENGTH];
                new SecureRandom().nextBytes(key);
                LOG.info("page tokens are signed with a key made for this process: they stop working when it "
                        + "restarts; set scofacts.page-tokens.key to keep them");
            }
        }
        return key;
    }

    private static byte[] checked(String key) {
        if (key.length() < MIN_KEY_LENGTH) {
            throw new IllegalStateException("scofacts.page-tokens.key must have at least " + MIN_KEY_LENGTH
                    + " characters (e.g. the output of: openssl rand -base64 32)");
        }
        return key.getBytes(StandardCharsets.UTF_8);
    }
}
