package io.scofacts.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.scofacts.app.DossierIndex;
import io.scofacts.storage.InvalidPageTokenException;
import io.scofacts.storage.Page;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

/** What every list function shares: an optional body, the page size and token, and the filters. */
final class Listings {

    private static final int DEFAULT_PAGE_SIZE = 20;
    private static final int MAX_PAGE_SIZE = 100;
    private static final int MAX_TEXT_LENGTH = 200;
    private static final Set<String> COUNTRY_CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private Listings() {
    }

    /** A list call may come with no body at all. */
    static JsonNode orEmpty(JsonNode request) {
        return request == null || request.isNull() ? JsonNodeFactory.instance.objectNode() : request;
    }

    static <T> Page<T> page(RequestFields fields, BiFunction<String, Integer, Page<T>> query) {
        return page(fields, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE, query);
    }

    static <T> Page<T> page(RequestFields fields, int maxSize, int defaultSize, BiFunction<String, Integer, Page<T>> query) {
        Integer limit = fields.optionalInteger("limit", 1, maxSize);
        try {
            return query.apply(fields.optionalText("pageToken"), limit == null ? defaultSize : limit);
        } catch (InvalidPageTokenException e) {
            throw new ApiException(400, "invalid_page_token", e.getMessage(), "pageToken");
        }
    }

    /** The optional "country" filter: an ISO 3166-1 alpha-2 code, in upper case. */
    static String country(RequestFields fields) {
        String code = fields.optionalText("country");
        if (code == null || code.isBlank()) {
            return null;
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRY_CODES.contains(upper)) {
            throw ApiException.invalidField("country", "\"country\" must be an ISO 3166-1 alpha-2 code such as UZ, not \""
                    + RequestFields.abbreviate(code) + "\"");
        }
        return upper;
    }

    /** The optional "text" filter: words (in any of the service's languages) or Chinese characters to find in a name. */
    static String searchText(RequestFields fields, DossierIndex dossiers) {
        String text = boundedText(fields, "text", MAX_TEXT_LENGTH);
        if (text != null && !dossiers.searchable(text)) {
            throw ApiException.invalidField("text", "\"text\" must hold a word or at least two Chinese characters, not \""
                    + RequestFields.abbreviate(text) + "\"");
        }
        return text;
    }

    static String boundedText(RequestFields fields, String name, int maxLength) {
        String value = fields.optionalText(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw ApiException.invalidField(name, "\"" + name + "\" must be at most " + maxLength + " characters");
        }
        return value.strip();
    }
}
