package io.scofacts.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.scofacts.storage.InvalidPageTokenException;
import io.scofacts.storage.Page;
import java.util.function.BiFunction;

/** What every list function shares: an optional body, the page size and the page token. */
final class Listings {

    private static final int DEFAULT_PAGE_SIZE = 20;
    private static final int MAX_PAGE_SIZE = 100;

    private Listings() {
    }

    /** A list call may come with no body at all. */
    static JsonNode orEmpty(JsonNode request) {
        return request == null || request.isNull() ? JsonNodeFactory.instance.objectNode() : request;
    }

    static <T> Page<T> page(RequestFields fields, BiFunction<String, Integer, Page<T>> query) {
        Integer limit = fields.optionalInteger("limit", 1, MAX_PAGE_SIZE);
        try {
            return query.apply(fields.optionalText("pageToken"), limit == null ? DEFAULT_PAGE_SIZE : limit);
        } catch (InvalidPageTokenException e) {
            throw new ApiException(400, "invalid_page_token", e.getMessage(), "pageToken");
        }
    }
}
