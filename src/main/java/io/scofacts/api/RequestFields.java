package io.scofacts.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a function's JSON request with errors that name the field and say what was expected.
 * Unknown fields are refused: a misspelt optional field ("published_on") would otherwise be
 * dropped without anyone noticing.
 */
final class RequestFields {

    private final JsonNode body;

    private RequestFields(JsonNode body) {
        this.body = body;
    }

    static RequestFields of(JsonNode request, Set<String> accepted) {
        if (request == null || request.isNull() || request.isMissingNode()) {
            throw ApiException.badRequest("empty_body", "the request body is empty; send a JSON object with "
                    + describe(accepted));
        }
        if (!request.isObject()) {
            throw ApiException.badRequest("invalid_body", "the request body must be a JSON object, not "
                    + typeOf(request));
        }
        rejectReplacementCharacters(request);
        for (Iterator<String> names = request.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!accepted.contains(name)) {
                throw new ApiException(400, "unknown_field", "unknown field \"" + name + "\"; accepted fields are "
                        + describe(accepted), name);
            }
        }
        return new RequestFields(request);
    }

    /**
     * U+FFFD is what a decoder leaves where bytes were not UTF-8. Behind API Gateway the
     * Lambda adapter decodes the body before we see it, so this is how invalid UTF-8 shows
     * there; anywhere else it means the text already lost characters before it reached us.
     */
    private static void rejectReplacementCharacters(JsonNode request) {
        for (Iterator<java.util.Map.Entry<String, JsonNode>> fields = request.fields(); fields.hasNext();) {
            java.util.Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isTextual() && field.getValue().textValue().indexOf('\uFFFD') >= 0) {
                throw new ApiException(400, "invalid_utf8", "\"" + field.getKey() + "\" contains U+FFFD, the mark a "
                        + "decoder leaves for bytes that were not UTF-8: send the original text encoded as UTF-8",
                        field.getKey());
            }
        }
    }

    boolean has(String name) {
        JsonNode value = body.get(name);
        return value != null && !value.isNull();
    }

    String requiredText(String name) {
        String value = optionalText(name);
        if (value == null) {
            throw new ApiException(400, "missing_field", "\"" + name + "\" is required", name);
        }
        if (value.isBlank()) {
            throw new ApiException(400, "empty_field", "\"" + name + "\" must not be empty", name);
        }
        return value;
    }

    String optionalText(String name) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ApiException.invalidField(name, "\"" + name + "\" must be a string, not " + typeOf(value));
        }
        return value.textValue();
    }

    LocalDate optionalDate(String name) {
        String value = optionalText(name);
        if (value == null) {
            return null;
        }
        try {
            if (value.length() != 10) {
                throw new DateTimeParseException("not YYYY-MM-DD", value, 0);
            }
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ApiException(400, "invalid_date", "\"" + name + "\" must be an ISO date (YYYY-MM-DD), not \""
                    + abbreviate(value) + "\"", name);
        }
    }

    Integer optionalInteger(String name, int min, int max) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            throw ApiException.invalidField(name, "\"" + name + "\" must be an integer from " + min + " to " + max);
        }
        return value.intValue();
    }

    private static String describe(Set<String> accepted) {
        return String.join(", ", new TreeSet<>(accepted));
    }

    static String typeOf(JsonNode value) {
        if (value.isTextual()) {
            return "a string";
        }
        if (value.isNumber()) {
            return "a number";
        }
        if (value.isBoolean()) {
            return "a boolean";
        }
        if (value.isArray()) {
            return "an array";
        }
        if (value.isObject()) {
            return "an object";
        }
        return "null";
    }

    static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
