package io.scofacts.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class PageTokensTest {

    private static final Set<String> NAMES = Set.of("caseId", "facet");
    private static final Map<String, AttributeValue> KEY = Map.of("caseId", AttributeValue.fromS("c-1"),
            "facet", AttributeValue.fromS("all"));
    private final PageTokens tokens = new PageTokens("a key of at least thirty-two characters");

    @Test
    void roundTripsTheLastEvaluatedKey() {
        String token = tokens.encode("cases/all", KEY);
        assertEquals(KEY, tokens.decode("cases/all", token, NAMES));
        assertNull(tokens.encode("cases/all", Map.of()));
        assertNull(tokens.decode("cases/all", null, Set.of("caseId")));
    }

    @Test
    void refusesTokensOfAnotherListingOrNotOurs() {
        String token = tokens.encode("cases/all", KEY);
        assertThrows(InvalidPageTokenException.class, () -> tokens.decode("cases/country#UZ", token, NAMES));
        assertThrows(InvalidPageTokenException.class, () -> tokens.decode("cases/all", token, Set.of("caseId", "item")));
        assertThrows(InvalidPageTokenException.class, () -> tokens.decode("cases/all", "%%%", Set.of("caseId")));
        assertThrows(InvalidPageTokenException.class, () -> tokens.decode("cases/all", "e30", Set.of("caseId")));
    }

    @Test
    void refusesATokenReEncodedWithAnotherFacetOrEmptyKeyValues() {
        String token = tokens.encode("cases/all", KEY);
        String signature = token.substring(token.indexOf('.'));
        for (String payload : new String[] {
                "{\"l\":\"cases/country#UZ\",\"k\":{\"caseId\":\"c-1\",\"facet\":\"country#UZ\"}}",
                "{\"l\":\"cases/all\",\"k\":{\"caseId\":\"\",\"facet\":\"\"}}",
                "{\"l\":\"cases/all\",\"k\":{\"caseId\":\"c-2\",\"facet\":\"all\"}}"}) {
            String forged = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + signature;
            assertThrows(InvalidPageTokenException.class, () -> tokens.decode("cases/all", forged, NAMES), payload);
        }
    }

    @Test
    void refusesEveryTokenWithOneCharacterChanged() {
        String token = tokens.encode("cases/all", KEY);
        for (int i = 0; i < token.length(); i++) {
            char replacement = token.charAt(i) == 'A' ? 'B' : 'A';
            String altered = token.substring(0, i) + replacement + token.substring(i + 1);
            assertThrows(InvalidPageTokenException.class, () -> tokens.decode("cases/all", altered, NAMES), altered);
        }
    }

    @Test
    void refusesTokensSignedWithAnotherKey() {
        String token = new PageTokens("another key of at least thirty-two characters").encode("cases/all", KEY);
        assertThrows(InvalidPageTokenException.class, () -> tokens.decode("cases/all", token, NAMES));
    }

    @Test
    void refusesAKeyTooShortToBeSecret() {
        assertThrows(IllegalStateException.class, () -> new PageTokens("short"));
    }
}
