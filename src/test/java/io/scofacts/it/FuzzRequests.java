package io.scofacts.it;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random requests over the service's HTTP surface: random bytes, random JSON of the wrong
 * shape, JSON of the right shape with random values (any type, any characters, escaped lone
 * surrogates, control characters, huge numbers), valid requests with bytes flipped, and other
 * methods, paths and content types. Deterministic for a seed.
 */
final class FuzzRequests {

    record Request(String method, String path, byte[] body, String contentType) {
    }

    /** Each function's fields, so that a right-shaped request reaches the function's own checks. */
    static final Map<String, List<String>> FIELDS = Map.of(
            "submitArticle", List.of("text", "title", "url", "publishedOn", "language"),
            "getArticle", List.of("articleId"),
            "extractFacts", List.of("articleId", "text", "title", "url", "publishedOn", "language"),
            "caseSummary", List.of("caseId"),
            "listCases", List.of("country", "category", "text", "limit", "pageToken"),
            "eventSummary", List.of("eventId"),
            "listEvents", List.of("limit", "pageToken"));

    private static final List<String> FUNCTIONS = List.copyOf(new java.util.TreeSet<>(FIELDS.keySet()));
    private static final String[] METHODS = {"GET", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "POST"};
    private static final String[] CONTENT_TYPES = {"application/json", null, "text/plain", "application/xml",
            "multipart/form-data; boundary=b", "application/json; charset=utf-16", "application/json; charset=UTF-8",
            "*/*", "application/x-www-form-urlencoded", ";;;", "application/json; q=\"x"};
    private static final String[] PIECES = {"中乌", "上合组织", "撒马尔罕", "亿元", "项目", "Kazakhstan", "Astana", "$1.2 billion",
            "Узбекистан", "2026-05-20", "a-0123456789abcdef01234567", "c-0123456789abcdef01234567", "\\ud800", "\\udc00",
            "\\u0000", "\\u001b", "\\\"", "\\\\", "\\n", "\u00a0", "\u3000", "\u200b", "\uD83D\uDE00", "%", "'", "<b>",
            "\u202e", "\\u", "\\x41"};

    private final Random random;

    FuzzRequests(long seed) {
        this.random = new Random(seed);
    }

    Request next() {
        int kind = random.nextInt(100);
        String function = pick(FUNCTIONS);
        if (kind < 20) {
            return post(function, randomBytes(random.nextInt(2_048)), pickContentType());
        }
        if (kind < 40) {
            return post(function, utf8(randomValue(0)), "application/json");
        }
        if (kind < 70) {
            return post(function, utf8(rightShape(function)), "application/json");
        }
        if (kind < 85) {
            return post(function, flipped(utf8(rightShape(function))), random.nextBoolean() ? "application/json" : null);
        }
        String method = pick(List.of(METHODS));
        String path = random.nextInt(3) == 0 ? randomPath() : "/" + function;
        byte[] body = method.equals("HEAD") || random.nextBoolean() ? null : utf8(rightShape(function));
        return new Request(method, path, body, pickContentType());
    }

    private Request post(String function, byte[] body, String contentType) {
        return new Request("POST", "/" + function, body, contentType);
    }

    /** An object with the function's own fields, each holding any kind of value. */
    private String rightShape(String function) {
        StringBuilder json = new StringBuilder("{");
        List<String> fields = FIELDS.get(function);
        int count = random.nextInt(fields.size() + 2);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                json.append(',');
            }
            String field = random.nextInt(8) == 0 ? randomString(6) : pick(fields);
            json.append('"').append(field).append("\":").append(random.nextInt(3) == 0 ? randomValue(2) : jsonString());
        }
        return json.append('}').toString();
    }

    private String randomValue(int depth) {
        int kind = random.nextInt(depth > 30 ? 5 : 8);
        return switch (kind) {
            case 0 -> jsonString();
            case 1 -> Long.toString(random.nextLong());
            case 2 -> random.nextBoolean() ? "1e999" : Double.toString(random.nextGaussian() * 1e6);
            case 3 -> random.nextBoolean() ? "true" : "null";
            case 4 -> "\"" + randomString(random.nextInt(5)) + "\"";
            case 5, 6 -> {
                StringBuilder array = new StringBuilder("[");
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.append(randomValue(depth + 1)).append(i > 1 ? "," : "");
                }
                yield array.append(']').toString();
            }
            default -> "{\"" + randomString(4) + "\":" + randomValue(depth + 1) + "}";
        };
    }

    /** A JSON string of pieces the service reads (scripts, ids, dates) and pieces that break things. */
    private String jsonString() {
        StringBuilder value = new StringBuilder("\"");
        for (int i = random.nextInt(60); i > 0; i--) {
            value.append(random.nextInt(3) == 0 ? randomString(random.nextInt(20)) : pick(List.of(PIECES)));
        }
        return value.append('"').toString();
    }

    private String randomString(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int block = random.nextInt(4);
            int codePoint = switch (block) {
                case 0 -> 'a' + random.nextInt(26);
                case 1 -> 0x4E00 + random.nextInt(0x5000);
                case 2 -> 0x0410 + random.nextInt(0x40);
                default -> 0x20 + random.nextInt(0x5F);
            };
            if (codePoint == '"' || codePoint == '\\') {
                codePoint = 'x';
            }
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    private String randomPath() {
        StringBuilder path = new StringBuilder("/");
        String alphabet = "abcdefghijklmnopqrstuvwxyzABC0123456789-._~%2F/";
        for (int i = random.nextInt(random.nextInt(10) == 0 ? 6_000 : 40); i > 0; i--) {
            path.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return path.toString().replaceAll("%(?![0-9A-F]{2})", "%25");
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private byte[] flipped(byte[] body) {
        for (int i = 1 + random.nextInt(4); i > 0 && body.length > 0; i--) {
            body[random.nextInt(body.length)] = (byte) random.nextInt(256);
        }
        return body;
    }

    private String pickContentType() {
        return CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)];
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
