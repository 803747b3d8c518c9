package io.scofacts.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.scofacts.core.text.BlankText;
import io.scofacts.core.text.TextProblems;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
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
        rejectUndecodableStrings(request);
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
     * Strings that lost characters before they reached us are refused in every field, named
     * or not, before any of them is read or echoed. U+FFFD is what a decoder leaves where
     * bytes were not UTF-8: behind API Gateway the Lambda adapter decodes the body before we
     * see it, so this is how invalid UTF-8 shows there. A lone surrogate (a JSON \\uD800
     * escape without its pair) is no character at all.
     */
    private static void rejectUndecodableStrings(JsonNode request) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = request.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            TextProblems.unpairedSurrogate(field.getKey()).ifPresent(problem -> {
                throw ApiException.badRequest("invalid_text", "a field name contains an " + problem);
            });
            if (!field.getValue().isTextual()) {
                continue;
            }
            String value = field.getValue().textValue();
            if (value.indexOf('\uFFFD') >= 0) {
                throw new ApiException(400, "invalid_utf8", "\"" + field.getKey() + "\" contains U+FFFD, the mark a "
                        + "decoder leaves for bytes that were not UTF-8: send the original text encoded as UTF-8",
                        field.getKey());
            }
            TextProblems.unpairedSurrogate(value).ifPresent(problem -> {
                throw new ApiException(400, "invalid_text", "\"" + field.getKey() + "\" contains an " + problem,
                        field.getKey());
            });
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
        if (BlankText.isBlank(value)) {
            throw new ApiException(400, "empty_field", "\"" + name + "\" must not be empty or only spaces", name);
        }
        return value;
    }

    /** An optional string, null when absent or showing nothing (only spaces of any kind). */
    String optionalNonBlankText(String name) {
        String value = optionalText(name);
        return value == null || BlankText.isBlank(value) ? null : value;
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
