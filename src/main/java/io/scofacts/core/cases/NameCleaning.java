package io.scofacts.core.cases;

import java.util.regex.Pattern;

/**
 * A case or event name as the extractor wrote it, cleaned of what is not the name: a headline's
 * rubric before a separator glyph ("新华时评丨…"), surrounding quotation marks and title
 * brackets, a bracket defining a short form ("(下称“…”)"), a verb the name was glued to
 * ("举办…", "hosted the …") and line breaks inside it (PDF text).
 */
final class NameCleaning {

    /** A rubric this short before a separator glyph is a headline's, not part of the name. */
    private static final int MAX_RUBRIC = 12;
    /** Glyphs that part a rubric from a headline; a colon only after a Chinese rubric ("专访："). */
    private static final Pattern SEPARATOR = Pattern.compile("[丨｜|│┃■●◆]|——|(?<=^\\p{IsHan}{1,10})[：:]");
    private static final Pattern SHORT_FORM_BRACKET = Pattern.compile(
            "[（(][^（()）]*(下称|以下简称|简称|hereinafter|далее)[^（()）]*[)）]", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_VERB = Pattern.compile(
            "^(举办|举行|召开|出席|参加|参与|主办|承办|开幕|闭幕|启动|hosted|held|attended|opened|launched|organized|organised"
                    + "|провел[аио]?|проведени[ея]|открыти[ея]|состоял[аио]?сь)(\\s+(the|a|an)\\b)?\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String OPENERS = "《「『“‘\"'«【[";
    private static final String CLOSERS = "》」』”’\"'»】]";

    private NameCleaning() {
    }

    static String clean(String name) {
        if (name == null) {
            return null;
        }
        String cleaned = name.replaceAll("\\s*[\\r\\n]+\\s*", "").strip();
        cleaned = SHORT_FORM_BRACKET.matcher(cleaned).replaceAll("").strip();
        var separator = SEPARATOR.matcher(cleaned);
        if (separator.find() && separator.start() > 0 && separator.start() <= MAX_RUBRIC
                && separator.end() < cleaned.length() - 1) {
            cleaned = cleaned.substring(separator.end()).strip();
        }
        cleaned = LEADING_VERB.matcher(cleaned).replaceFirst("").strip();
        while (cleaned.length() > 2 && OPENERS.indexOf(cleaned.charAt(0)) >= 0
                && CLOSERS.indexOf(cleaned.charAt(cleaned.length() - 1)) == OPENERS.indexOf(cleaned.charAt(0))) {
            cleaned = cleaned.substring(1, cleaned.length() - 1).strip();
        }
        return cleaned.isEmpty() ? name.strip() : cleaned;
    }
}
