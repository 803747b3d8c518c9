package io.scofacts.core.extract.quantity;

import java.util.Arrays;
import java.util.Set;

/**
 * A short phrase naming what a figure measures: the counted noun when one decided the unit
 * ("21个项目" → 项目, "21 signed projects" → signed projects); for counts, the noun phrase right
 * after the figure ("1500余名嘉宾与会" → 嘉宾); for money and rates, the phrase before it in the
 * same clause with link words taken off ("总投资额达13.5亿元" → 总投资额, "total investment of
 * $2.5 million" → total investment). Either way the other side is tried when one gives nothing.
 */
final class SubjectFinder {

    /** Longest subject read after a Chinese figure, in chars. */
    static final int MAX_AFTER_CHARS = 12;
    /** How far back a subject is looked for, in chars, in Chinese and in alphabetic text. */
    static final int MAX_BEFORE_HAN = 16;
    static final int MAX_BEFORE_ALPHABETIC = 48;
    /** Longest subject kept: chars for Chinese, words for alphabetic scripts. */
    static final int MAX_SUBJECT_CHARS = 12;
    static final int MAX_SUBJECT_WORDS = 4;
    /** Units whose figure is followed by what it counts (1500余名嘉宾); money and rates follow their subject. */
    private static final Set<String> COUNTED_UNITS =
            Set.of("person", "project", "case", "item", "organization", "country", "city", "session", "other");

    private final QuantityLexicon lexicon;

    SubjectFinder(QuantityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The subject of {@code figure}, or null when nothing sensible is near. */
    String subject(CharSequence s, Figure figure) {
        String subject;
        if (figure.hasSubjectNoun()) {
            subject = s.subSequence(figure.subjectStart(), figure.subjectEnd()).toString();
        } else if (COUNTED_UNITS.contains(figure.unit())) {
            subject = orElse(after(s, figure.end()), () -> before(s, figure.start()));
        } else {
            subject = orElse(before(s, figure.start()), () -> after(s, figure.end()));
        }
        return shorten(subject);
    }

    private static String orElse(String first, java.util.function.Supplier<String> second) {
        return first.strip().length() >= 2 ? first : second.get();
    }

    private static String shorten(String subject) {
        String[] words = subject.strip().split("\\s+");
        if (words.length > 1) {
            return String.join(" ", Arrays.copyOfRange(words, Math.max(0, words.length - MAX_SUBJECT_WORDS), words.length));
        }
        String word = words[0];
        if (word.length() > MAX_SUBJECT_CHARS && TextChars.isHan(word.charAt(word.length() - 1))) {
            word = word.substring(word.length() - MAX_SUBJECT_CHARS);
        }
        return word.isEmpty() ? null : word;
    }

    /** The Chinese noun phrase right after the figure (quoted names included), up to a verb-like or function char. */
    private String after(CharSequence s, int from) {
        int k = from;
        while (k < s.length() && k - from < MAX_AFTER_CHARS && (TextChars.isHan(s.charAt(k)) || isQuote(s.charAt(k)))
                && lexicon.subjectEnds.at(s, k) == null && lexicon.nounEnds.at(s, k) == null) {
            k++;
        }
        while (k > from && TextChars.isOpeningMark(s.charAt(k - 1))) {
            k--;
        }
        return s.subSequence(from, k).toString();
    }

    /** The phrase before the figure in its clause, without the link words next to the figure. */
    private String before(CharSequence s, int to) {
        int end = TextChars.skipSpacesBack(s, to, MAX_BEFORE_ALPHABETIC);
        boolean alphabetic = end > 0 && TextChars.isAlphabetic(s.charAt(end - 1));
        int reach = alphabetic ? MAX_BEFORE_ALPHABETIC : MAX_BEFORE_HAN;
        int from = end;
        while (from > 0 && end - from < reach && !TextChars.isClauseBreak(s, from - 1)
                && !TextChars.isAsciiDigit(s.charAt(from - 1))) {
            from--;
        }
        if (alphabetic) {
            while (from > 0 && from < end && TextChars.isAlphabetic(s.charAt(from - 1))) {
                from++; // a word cut by the look-back reach is no word of the subject
            }
        } else {
            for (int k = end - 1; k > from; k--) {
                if (lexicon.subjectStarts.at(s, k) != null) {
                    from = k + 1;
                    break;
                }
            }
        }
        for (int guard = 0; guard < MAX_SUBJECT_WORDS && end > from; guard++) {
            SurfaceIndex.Match<String> link = lexicon.links.endingAt(s, end);
            if (link == null || link.start() < from) {
                break;
            }
            end = TextChars.skipSpacesBack(s, link.start(), MAX_BEFORE_ALPHABETIC);
        }
        return end > from ? s.subSequence(from, end).toString() : "";
    }

    private static boolean isQuote(char c) {
        return c == '“' || c == '”' || c == '「' || c == '」' || c == '‘' || c == '’';
    }
}
