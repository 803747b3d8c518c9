package io.scofacts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test articles written for this project (src/test/resources/articles). */
public final class TestTexts {

    private TestTexts() {
    }

    public static String article(String name) {
        try (InputStream in = TestTexts.class.getResourceAsStream("/articles/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test article " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
