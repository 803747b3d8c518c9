package io.scofacts.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The filters of a listing beyond its index partition: a country, a category, text in a
 * name. Each is null when not asked for. Facet items carry the attributes these read.
 */
public record ListingFilter(String countryCode, String categoryKey, String foldedText) {

    public static final ListingFilter NONE = new ListingFilter(null, null, null);

    static final String COUNTRY_CODES = "countryCodes";
    static final String CATEGORY_KEY = "categoryKey";
    static final String SEARCH_TEXT = "searchText";

    /** Country codes as a facet item stores them: " CN UZ ", so " UZ " is found by contains. */
    public static String countryCodes(List<String> codes) {
        return " " + String.join(" ", codes) + " ";
    }

    /** A filter expression (null when there is nothing to filter), adding its names and values. */
    String expression(Map<String, String> names, Map<String, AttributeValue> values) {
        List<String> parts = new ArrayList<>();
        if (countryCode != null) {
            names.put("#cc", COUNTRY_CODES);
            values.put(":cc", AttributeValue.fromS(" " + countryCode + " "));
            parts.add("contains(#cc, :cc)");
        }
        if (categoryKey != null) {
            names.put("#cat", CATEGORY_KEY);
            values.put(":cat", AttributeValue.fromS(categoryKey));
            parts.add("#cat = :cat");
        }
        if (foldedText != null) {
            names.put("#text", SEARCH_TEXT);
            values.put(":text", AttributeValue.fromS(foldedText));
            parts.add("contains(#text, :text)");
        }
        return parts.isEmpty() ? null : String.join(" AND ", parts);
    }

    /** Binds page tokens to the filter they were issued for. */
    String describe() {
        return (countryCode == null ? "" : countryCode) + "|" + (categoryKey == null ? "" : categoryKey) + "|"
                + (foldedText == null ? "" : foldedText);
    }
}
