package io.scofacts.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Says in the service's own words why a request body is not one JSON value: the parser's
 * messages name its classes and features ("JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS",
 * "StreamReadConstraints.getMaxNestingDepth()"), which tell a caller nothing. Walks the body
 * token by token and describes the first thing that is wrong where it is.
 */
final class JsonSyntax {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final StreamReadConstraints LIMITS = StreamReadConstraints.defaults();
    private static final String NO_VALUE = "the request body holds no JSON value";
    private static final String LONE_SURROGATE = "a \\u escape of half a surrogate pair";
    private static final Set<String> WORDS_FOR_NOT_A_NUMBER = Set.of("NaN", "-NaN", "+NaN", "Infinity", "+Infinity",
            "-Infinity", "INF", "+INF", "-INF");

    private JsonSyntax() {
    }

    /** What is wrong with a body: the error code and the message a caller reads. */
    record Problem(String code, String message) {
    }

    /** Why {@code body} (valid UTF-8) is not exactly one JSON value, or empty when it is one. */
    static Optional<Problem> problem(byte[] body) {
        return describe(body).map(message -> new Problem(message.startsWith(NO_VALUE) ? "empty_body"
                : message.startsWith(LONE_SURROGATE) ? "invalid_text" : "malformed_json", message));
    }

    private static Optional<String> describe(byte[] body) {
        Deque<Set<String>> keys = new ArrayDeque<>();
        try (JsonParser parser = FACTORY.createParser(body)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return Optional.of(NO_VALUE);
            }
            do {
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    keys.push(token == JsonToken.START_OBJECT ? new HashSet<>() : Set.of());
                } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    keys.pop();
                } else if (token == JsonToken.FIELD_NAME && !keys.peek().add(parser.currentName())) {
                    return Optional.of("the key \"" + RequestFields.abbreviate(parser.currentName())
                            + "\" appears twice in one object" + at(parser.currentTokenLocation()));
                }
            } while (!keys.isEmpty() && (token = parser.nextToken()) != null);
            return afterTheValue(parser);
        } catch (JsonEOFException e) {
            return Optional.of("the request body ends before its JSON value is complete: an object, array or "
                    + "string is not closed");
        } catch (StreamConstraintsException e) {
            return Optional.of(keys.size() >= LIMITS.getMaxNestingDepth()
                    ? "the request body nests arrays or objects more than " + LIMITS.getMaxNestingDepth() + " levels deep"
                    : "the request body holds a number longer than " + LIMITS.getMaxNumberLength()
                            + " digits or a key longer than " + LIMITS.getMaxNameLength() + " characters");
        } catch (JsonProcessingException e) {
            String what = unexpected(body, e.getLocation());
            return Optional.of(what.startsWith(LONE_SURROGATE) ? what : "the request body is not valid JSON: " + what);
        } catch (IOException e) {
            return Optional.of("the request body is not valid JSON");
        }
    }

    /** Whitespace may follow the value; anything else means the caller sent two values or trailing text. */
    private static Optional<String> afterTheValue(JsonParser parser) throws IOException {
        JsonLocation end = parser.currentLocation();
        boolean more;
        try {
            more = parser.nextToken() != null;
        } catch (JsonProcessingException e) {
            more = true;
        }
        return more ? Optional.of("the request body holds more than one JSON value: text follows the end of the first"
                + at(end) + "; send one JSON object") : Optional.empty();
    }

    /**
     * What stands where the parser stopped. It reports the offset of the character it could
     * not use, or of the end of a word it could not read (NaN, tru, undefined).
     */
    private static String unexpected(byte[] body, JsonLocation location) {
        int offset = location == null ? -1 : (int) Math.min(location.getByteOffset(), body.length);
        if (offset < 0) {
            return "it cannot be read" + at(location);
        }
        if (endsInSurrogateEscape(body, offset)) {
            return LONE_SURROGATE + " without the other half" + at(location) + ": that is no character";
        }
        String word = wordAround(body, offset);
        if (WORDS_FOR_NOT_A_NUMBER.contains(word)) {
            return "NaN and Infinity are not JSON numbers" + at(location);
        }
        if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
            return "unexpected word '" + RequestFields.abbreviate(word) + "' (strings take double quotes; the only "
                    + "bare words are true, false and null)" + at(location);
        }
        if (!word.isEmpty() && (word.startsWith("+") || word.matches("-?0\\d.*"))) {
            return "numbers take no plus sign and no leading zeros, not " + RequestFields.abbreviate(word) + at(location);
        }
        int codePoint = offset < body.length ? new String(body, offset, Math.min(4, body.length - offset),
                StandardCharsets.UTF_8).codePointAt(0) : -1;
        return "unexpected " + describe(codePoint) + at(location);
    }

    /** Whether the text before {@code offset} ends with a \\uD800-\\uDFFF escape (the parser refuses unpaired ones in keys). */
    private static boolean endsInSurrogateEscape(byte[] body, int offset) {
        int start = offset - 6;
        if (start < 0 || body[start] != '\\' || (body[start + 1] != 'u' && body[start + 1] != 'U')) {
            return false;
        }
        try {
            int unit = Integer.parseInt(new String(body, start + 2, 4, StandardCharsets.US_ASCII), 16);
            return unit >= 0xD800 && unit <= 0xDFFF;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The run of letters, digits, signs and dots at or just before {@code offset}. */
    private static String wordAround(byte[] body, int offset) {
        int start = offset;
        if (start >= body.length || !isWordByte(body[start])) {
            start--;
        }
        if (start < 0 || !isWordByte(body[start])) {
            return "";
        }
        while (start > 0 && isWordByte(body[start - 1])) {
            start--;
        }
        int end = start;
        while (end < body.length && isWordByte(body[end])) {
            end++;
        }
        return new String(body, start, end - start, StandardCharsets.US_ASCII);
    }

    private static boolean isWordByte(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '+' || b == '-'
                || b == '.';
    }

    private static String describe(int codePoint) {
        if (codePoint < 0) {
            return "end of the body";
        }
        if (codePoint == '\n' || codePoint == '\r' || codePoint == '\t') {
            return "line break or tab inside a string (write it as \\n, \\r or \\t)";
        }
        if (Character.getType(codePoint) == Character.CONTROL) {
            return String.format("control character U+%04X (inside a string, write it as \\u%04X)", codePoint, codePoint);
        }
        if (codePoint == '\'') {
            return "single quote (JSON strings and keys take double quotes)";
        }
        return "'" + new String(Character.toChars(codePoint)) + "'";
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
