package io.scofacts.core.text;

import java.util.Optional;

/**
 * Why a submitted text cannot be accepted as article text, if it cannot: control characters
 * other than whitespace (they come from binary or mis-decoded uploads, never from an article)
 * and lone surrogates (not Unicode at all).
 */
public final class TextProblems {

    private TextProblems() {
    }

    public static Optional<String> find(String text) {
        Optional<String> surrogate = unpairedSurrogate(text);
        if (surrogate.isPresent()) {
            return surrogate;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && !isAllowedWhitespace(c)) {
                return Optional.of("control character U+" + hex(c) + " at offset " + i);
            }
        }
        return Optional.empty();
    }

    /**
     * A half of a surrogate pair without its other half: JSON's \uD800 escapes can carry one,
     * but it is no character, and storing it would turn it into "?" or fail later.
     */
    public static Optional<String> unpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("unpaired surrogate U+" + hex(c) + " at offset " + i);
            }
        }
        return Optional.empty();
    }

    private static boolean isAllowedWhitespace(char c) {
        return c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085';
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
