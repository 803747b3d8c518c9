package io.scofacts.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonSyntaxTest {

    private static JsonSyntax.Problem problem(String body) {
        return JsonSyntax.problem(body.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    }

    @Test
    void acceptsOneValueWithWhitespaceAround() {
        assertEquals(Optional.empty(), JsonSyntax.problem(" {\"text\":\"中乌\",\"n\":[1,{\"a\":null}]} \n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void saysWhatIsWrongAndWhere() {
        assertEquals("the key \"text\" appears twice in one object (line 1, column 13)", problem("{\"text\":\"a\",\"text\":\"b\"}").message());
        assertTrue(problem("{\"a\":1}{\"b\":2}").message().startsWith("the request body holds more than one JSON value"));
        assertTrue(problem("{\"a\":1} trailing").message().startsWith("the request body holds more than one JSON value"));
        assertTrue(problem("{\"a\":NaN}").message().contains("NaN and Infinity are not JSON numbers"));
        assertTrue(problem("{\"a\":\"x").message().contains("ends before its JSON value is complete"));
        assertTrue(problem("{'a':1}").message().contains("single quote"));
        assertTrue(problem("{\"a\":tru}").message().contains("unexpected word 'tru'"));
        assertTrue(problem("[".repeat(2_000)).message().contains("more than 1000 levels deep"));
        assertEquals("empty_body", problem("  ").code());
        assertEquals("invalid_text", problem("{\"a\\ud800\":1}").code());
        assertEquals("malformed_json", problem("{\"a\" 1}").code());
    }
}
