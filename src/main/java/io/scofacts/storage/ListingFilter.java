package io.scofacts.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The filters of a listing beyond its index partition: a country, a category, a year, and
 * pieces of text that must all occur in the facet item's search text. Each is null (or empty)
 * when not asked for. Facet items carry the attributes these read.
 */
public record ListingFilter(String countryCode, String categoryKey, String year, List<String> requiredText) {

    public static final ListingFilter NONE = new ListingFilter(null, null, null, List.of());

    static final String COUNTRY_CODES = "countryCodes";
    static final String CATEGORY_KEY = "categoryKey";
    static final String YEAR = "year";
    static final String SEARCH_TEXT = "searchText";

    public ListingFilter {
        requiredText = requiredText == null ? List.of() : List.copyOf(requiredText);
    }

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
        if (year != null) {
            names.put("#year", YEAR);
            values.put(":year", AttributeValue.fromS(year));
            parts.add("#year = :year");
        }
        for (int i = 0; i < requiredText.size(); i++) {
            names.put("#text", SEARCH_TEXT);
            values.put(":text" + i, AttributeValue.fromS(requiredText.get(i)));
            parts.add("contains(#text, :text" + i + ")");
        }
        return parts.isEmpty() ? null : String.join(" AND ", parts);
    }

    /** Binds page tokens to the filter they were issued for. */
    String describe() {
        return (countryCode == null ? "" : countryCode) + "|" + (categoryKey == null ? "" : categoryKey) + "|"
                + (year == null ? "" : year) + "|" + String.join("\u0001", requiredText);
    }
}
