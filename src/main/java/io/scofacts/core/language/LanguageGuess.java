package io.scofacts.core.language;

/**
 * The language of a story (ISO 639-1, or "und" when nothing could be told) and, for Chinese,
 * its script: {@code Hans} (simplified) or {@code Hant} (traditional), else null.
 */
public record LanguageGuess(String language, String script) {

    public static final String UNDETERMINED = "und";
}
