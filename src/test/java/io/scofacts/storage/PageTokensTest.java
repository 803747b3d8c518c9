package io.scofacts.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class PageTokensTest {

    private static final Map<String, AttributeValue> KEY = Map.of("caseId", AttributeValue.fromS("c-1"),
            "facet", AttributeValue.fromS("all"));

    @Test
    void roundTripsTheLastEvaluatedKey() {
        String token = PageTokens.encode("cases/all", KEY);
        assertEquals(KEY, PageTokens.decode("cases/all", token, Set.of("caseId", "facet")));
        assertNull(PageTokens.encode("cases/all", Map.of()));
        assertNull(PageTokens.decode("cases/all", null, Set.of("caseId")));
    }

    @Test
    void refusesTokensOfAnotherListingOrNotOurs() {
        String token = PageTokens.encode("cases/all", KEY);
        assertThrows(InvalidPageTokenException.class, () -> PageTokens.decode("cases/country#UZ", token, Set.of("caseId", "facet")));
        assertThrows(InvalidPageTokenException.class, () -> PageTokens.decode("cases/all", token, Set.of("caseId", "item")));
        assertThrows(InvalidPageTokenException.class, () -> PageTokens.decode("cases/all", "%%%", Set.of("caseId")));
        assertThrows(InvalidPageTokenException.class, () -> PageTokens.decode("cases/all", "e30", Set.of("caseId")));
    }
}
