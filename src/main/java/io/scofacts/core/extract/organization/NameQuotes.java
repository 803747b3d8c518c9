package io.scofacts.core.extract.organization;

/**
 * The quotation marks a company's name is written in, in Russian and English news: «…», „…“
 * (or „…”), “…” and plain "…". One table for every finder that reads a quoted name.
 */
final class NameQuotes {

    /** Every mark that opens a quoted name. */
    static final String OPENERS = "«„“\"";

    private NameQuotes() {
    }

    /** The marks that close a name opened by {@code mark}; null when it opens no quotation. */
    static String closersOf(char mark) {
        return switch (mark) {
            case '«' -> "»";
            case '„' -> "“”";
            case '“' -> "”";
            case '"' -> "\"";
            default -> null;
        };
    }
}
