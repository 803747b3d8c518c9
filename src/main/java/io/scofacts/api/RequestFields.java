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
        for (Iterator<String> names = request.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!accepted.contains(name)) {
                throw new ApiException(400, "unknown_field", "unknown field \"" + name + "\"; accepted fields are "
                        + describe(accepted), name);
            }
        }
        return new RequestFields(request);
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
