package io.scofacts.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.scofacts.DynamoDbLocalResource;
import io.scofacts.TestTexts;
import io.scofacts.support.HttpCall;
import io.scofacts.support.TableCounts;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a reliability tester sent that the service once got wrong, each over HTTP: the status,
 * the error code, that the message is in our words, and that nothing was stored. The HTTP
 * server's own limits (URI, headers, a body that stops arriving) only exist in the local build;
 * behind API Gateway the gateway applies its own before any Lambda runs.
 */
@QuarkusTest
@QuarkusTestResource(DynamoDbLocalResource.class)
class HostileInputTest {

    /** What a message must not name: the parser's classes, features and limits. */
    private static final Pattern PARSER_WORDS = Pattern.compile(
            "Jackson|fasterxml|Feature|Constraints|JsonNode|JsonToken|`|START_|END_|\\(code \\d+\\)|Exception");
    private static final String TEXT = "中乌合作";

    @Inject
    TableCounts tables;

    private static URI service() {
        return URI.create(RestAssured.baseURI + ":" + RestAssured.port);
    }

    private static boolean lambdaBuild() {
        return Boolean.getBoolean("scofacts.lambda-build");
    }

    static Stream<Arguments> malformedUtf8() {
        List<Arguments> cases = new ArrayList<>();
        String[][] sequences = {{"overlong slash", "C0 AF"}, {"overlong slash, three bytes", "E0 80 AF"},
                {"overlong NUL", "C0 80"}, {"beyond U+10FFFF", "F4 90 80 80"}, {"F5 lead byte", "F5 80 80 80"},
                {"encoded surrogate", "ED A0 80"}, {"lone continuation byte", "80"}, {"FF byte", "FF"},
                {"truncated sequence", "E4 B8"}};
        for (String function : List.of("submitArticle", "extractFacts")) {
            for (String[] sequence : sequences) {
                cases.add(Arguments.of(function, sequence[0], sequence[1]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1} ({2})")
    @MethodSource("malformedUtf8")
    void refusesMalformedUtf8(String function, String what, String hex) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("{\"text\":\"中乌".getBytes(StandardCharsets.UTF_8));
        for (String b : hex.split(" ")) {
            body.write(Integer.parseInt(b, 16));
        }
        body.writeBytes("合作\"}".getBytes(StandardCharsets.UTF_8));
        refused(function, body.toByteArray(), "application/json", 400, "invalid_utf8");
    }

    static Stream<Arguments> refusedBodies() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        return Stream.of(
                // texts that show nothing
                Arguments.of("submitArticle", "{\"text\":\"\\u00a0\\u00a0\\u00a0\"}", 400, "empty_field"),
                Arguments.of("submitArticle", "{\"text\":\"\\u3000\\u3000\"}", 400, "empty_field"),
                Arguments.of("submitArticle", "{\"text\":\"\\u200b\\u2007\\u202f\\ufeff \\n\"}", 400, "empty_field"),
                Arguments.of("extractFacts", "{\"text\":\"\\u3000\\u00a0\"}", 400, "empty_field"),
                Arguments.of("getArticle", "{\"articleId\":\"\\u3000\"}", 400, "empty_field"),
                // lone surrogates, in any field
                Arguments.of("submitArticle", "{\"text\":\"中乌合作\",\"url\":\"https://example.org/\\ud800\"}", 400, "invalid_text"),
                Arguments.of("submitArticle", "{\"text\":\"中乌合作\",\"title\":\"标题\\udc00\"}", 400, "invalid_text"),
                Arguments.of("submitArticle", "{\"text\":\"中乌合作\",\"language\":\"zh\\ud800\"}", 400, "invalid_text"),
                Arguments.of("submitArticle", "{\"text\":\"中乌合作\",\"t\\ud800\":1}", 400, "invalid_text"),
                Arguments.of("getArticle", "{\"articleId\":\"a-\\udfff\"}", 400, "invalid_text"),
                Arguments.of("listCases", "{\"text\":\"电商\\ud83d\"}", 400, "invalid_text"),
                Arguments.of("listCases", "{\"pageToken\":\"\\ud800\"}", 400, "invalid_text"),
                // malformed JSON, answered in our words
                Arguments.of("submitArticle", "{\"text\":\"中乌合作", 400, "malformed_json"),
                Arguments.of("submitArticle", "{\"text\":\"中乌合作\"}{\"text\":\"重复\"}", 400, "malformed_json"),
                Arguments.of("listCases", "{\"limit\":NaN}", 400, "malformed_json"),
                Arguments.of("listCases", "{\"limit\":-Infinity}", 400, "malformed_json"),
                Arguments.of("listCases", deep, 400, "malformed_json"),
                Arguments.of("submitArticle", "{'text':'中乌合作'}", 400, "malformed_json"),
                Arguments.of("submitArticle", "{\"text\":\"中乌\n合作\"}", 400, "malformed_json"),
                Arguments.of("submitArticle", "{\"text\":undefined}", 400, "malformed_json"),
                Arguments.of("listCases", "{\"limit\":+5}", 400, "malformed_json"),
                Arguments.of("listCases", "{\"limit\":" + "9".repeat(1_200) + "}", 400, "malformed_json"),
                Arguments.of("submitArticle", "   \n ", 400, "empty_body"));
    }

    @ParameterizedTest(name = "{0} {1} -> {2} {3}")
    @MethodSource("refusedBodies")
    void refusesInOurOwnWords(String function, String body, int status, String error) {
        HttpCall answer = refused(function, body.getBytes(StandardCharsets.UTF_8), "application/json", status, error);
        String message = answer.json().path("message").asText();
        assertFalse(PARSER_WORDS.matcher(message).find(), "message in our own words: " + message);
    }

    static Stream<Arguments> contentTypes() {
        return Stream.of(
                Arguments.of("application/xml", "<article><text>中乌合作</text></article>", 415),
                Arguments.of("application/x-www-form-urlencoded", "text=%E4%B8%AD%E4%B9%8C", 415),
                Arguments.of("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n中乌\r\n--x--", 415),
                Arguments.of("text/plain", "{\"text\":\"中乌合作\"}", 415),
                Arguments.of("application/json; charset=iso-8859-1", "{\"text\":\"中乌合作\"}", 415),
                Arguments.of(";;;", "{\"text\":\"中乌合作\"}", 415),
                Arguments.of("", "{\"text\":\"中乌合作\"}", 415));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("contentTypes")
    void refusesBodiesThatAreNotJson(String contentType, String body, int status) {
        refused("extractFacts", body.getBytes(StandardCharsets.UTF_8), contentType, status, "unsupported_media_type");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedJsonTypes")
    void acceptsJsonWithOrWithoutCharset(String contentType) {
        HttpCall answer = HttpCall.send(service(), "POST", "/extractFacts",
                "{\"text\":\"中乌合作\"}".getBytes(StandardCharsets.UTF_8), contentType, Duration.ofSeconds(30));
        assertEquals(200, answer.status(), answer.text());
        assertEquals("factsheet/1", answer.json().path("schema").asText());
    }

    static Stream<String> acceptedJsonTypes() {
        return Stream.of("application/json", "application/json; charset=utf-8", "application/json;charset=UTF-8",
                "Application/JSON; charset=\"utf-8\"", "application/json; profile=x", null);
    }

    @Test
    void refusesAlteredAndReEncodedPageTokens() {
        for (String article : List.of("almaty-data-platform-zh.txt", "fergana-agriculture-zh.txt",
                "training-project-en.txt")) {
            String id = Api.submit(TestTexts.article(article));
            Api.post("extractFacts", Map.of("articleId", id)).statusCode(200);
        }
        String token = Api.post("listCases", Map.of("limit", 1)).statusCode(200).extract().path("next");
        assertTrue(token != null && token.contains("."), "a signed token: " + token);
        Api.post("listCases", Map.of("limit", 1, "pageToken", token)).statusCode(200);

        List<String> forged = new ArrayList<>();
        for (int i = 0; i < token.length(); i += 3) {
            char replacement = token.charAt(i) == 'x' ? 'y' : 'x';
            forged.add(token.substring(0, i) + replacement + token.substring(i + 1));
        }
        String signature = token.substring(token.indexOf('.'));
        for (String payload : List.of("{\"l\":\"country#UZ?||\",\"k\":{\"caseId\":\"c-1\",\"item\":\"x\",\"facet\":\"country#UZ\",\"facetSort\":\"a\"}}",
                "{\"l\":\"cases?||\",\"k\":{\"caseId\":\"\",\"item\":\"\",\"facet\":\"\",\"facetSort\":\"\"}}")) {
            forged.add(Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                    + signature);
        }
        for (String bad : forged) {
            refused("listCases", ("{\"limit\":1,\"pageToken\":\"" + bad + "\"}").getBytes(StandardCharsets.UTF_8),
                    "application/json", 400, "invalid_page_token");
        }
        refused("listCases", ("{\"limit\":1,\"country\":\"UZ\",\"pageToken\":\"" + token + "\"}")
                .getBytes(StandardCharsets.UTF_8), "application/json", 400, "invalid_page_token");
        refused("listEvents", ("{\"limit\":1,\"pageToken\":\"" + token + "\"}").getBytes(StandardCharsets.UTF_8),
                "application/json", 400, "invalid_page_token");
    }

    @Test
    void refusesALongUriAndLargeHeadersWithJson() throws Exception {
        assumeFalse(lambdaBuild(), "API Gateway applies its own URI and header limits");
        long before = tables.items();
        HttpCall longPath = HttpCall.send(service(), "POST", "/" + "a".repeat(10_000), new byte[0], null,
                Duration.ofSeconds(10));
        assertEquals(414, longPath.status());
        assertEquals("uri_too_long", longPath.error());
        HttpCall longQuery = HttpCall.send(service(), "POST", "/listCases?q=" + "x".repeat(20_000),
                "{}".getBytes(StandardCharsets.UTF_8), "application/json", Duration.ofSeconds(10));
        assertEquals(414, longQuery.status());
        assertEquals("uri_too_long", longQuery.error());

        String answer = rawExchange("POST /submitArticle HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "X-Padding: " + "p".repeat(100_000) + "\r\nContent-Length: 20\r\nConnection: close\r\n\r\n"
                + "{\"text\":\"中乌合\"}", Duration.ofSeconds(10));
        assertTrue(answer.startsWith("HTTP/1.1 431"), answer);
        assertTrue(answer.contains("\"error\":\"headers_too_large\""), answer);
        assertEquals(before, tables.items());
    }

    @Test
    void answersABodyThatStopsArrivingAndClosesTheConnection() throws Exception {
        assumeFalse(lambdaBuild(), "API Gateway passes complete bodies only");
        long before = tables.items();
        long start = System.nanoTime();
        String answer = rawExchange("POST /submitArticle HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100\r\n\r\n{\"text\":\"", Duration.ofSeconds(15));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
        assertTrue(answer.contains("\"error\":\"body_timeout\""), answer);
        assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "answered and closed after " + took);
        assertEquals(before, tables.items());
    }

    /** Sends {@code request} as is and reads until the server closes the connection. */
    private static String rawExchange(String request, Duration limit) throws Exception {
        URI service = service();
        try (Socket socket = new Socket(service.getHost(), service.getPort())) {
            socket.setSoTimeout((int) limit.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private HttpCall refused(String function, byte[] body, String contentType, int status, String error) {
        long before = tables.items();
        HttpCall answer = HttpCall.send(service(), "POST", "/" + function, body, contentType, Duration.ofSeconds(30));
        assertEquals(status, answer.status(), answer.text());
        assertTrue(answer.contentType() != null && answer.contentType().startsWith("application/json"), answer.contentType());
        assertEquals(error, answer.error(), answer.text());
        assertFalse(answer.json().path("message").asText().isBlank());
        assertEquals(before, tables.items(), "a refused request stores nothing");
        return answer;
    }
}
