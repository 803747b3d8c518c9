package io.scofacts.core.extract.project;

import io.scofacts.core.extract.project.ProjectLexicon.Head;
import io.scofacts.core.extract.project.ProjectLexicon.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * English and Russian project names. English: a capitalised run ending in a head noun ("Digital
 * Silk Road Training Project"), or a capitalised or quoted run before a lowercase head with at
 * most two lowercase words between ("the Digital Silk Road training programme"). Russian: a
 * «…» or "…" title next to a head word in any case form ("проект «Цифровой Шелковый путь»",
 * "«Цифровой Шелковый путь» проект"). Platforms and the like need a project verb in the sentence
 * unless the name is capitalised to its head; centres and labs always need one.
 */
final class LatinProjectNames {

    private static final int MAX_WORDS = 10;
    private static final int MAX_LOWERCASE_BETWEEN = 2;
    private static final int MAX_TITLE = 60;
    private static final String[] RUSSIAN_ADJECTIVE_ENDINGS = {"ая", "ой", "ую", "ый", "ого", "ым", "ом", "ые", "ых", "ей"};

    private final ProjectLexicon lexicon;

    LatinProjectNames(ProjectLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<ProjectCandidate> find(String text) {
        List<ProjectCandidate> found = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (Head head : lexicon.heads) {
            if ("en".equals(head.language())) {
                english(text, lower, head, found);
            } else if ("ru".equals(head.language())) {
                russian(text, lower, head, found);
            }
        }
        return found;
    }

    private void english(String text, String lower, Head head, List<ProjectCandidate> found) {
        String word = head.word().toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length())) {
            int end = wordEnd(text, at + word.length());
            if ((at > 0 && Character.isLetter(text.charAt(at - 1))) || end - at - word.length() > 1) {
                continue;
            }
            boolean capitalHead = Character.isUpperCase(text.charAt(at));
            int start = afterAction(text, capitalHead ? capitalisedRunStart(text, at) : lowercaseHeadNameStart(text, at), at);
            if (start < 0 || start >= at) {
                continue;
            }
            boolean verb = hasVerb(lower, start, end, lexicon.englishVerbs);
            boolean accepted = switch (head.kind()) {
                case PROJECT -> true;
                case FACILITY -> capitalHead || verb;
                case LINK -> capitalHead || verb || joinsPlaces(text, start, at);
                case AMBIGUOUS -> verb;
            };
            if (accepted) {
                found.add(new ProjectCandidate(start, end, head.kind(), null));
            }
        }
    }

    /** "the China-Kyrgyzstan-Uzbekistan cross-border cable": capitalised names joined by hyphens open it. */
    private static boolean joinsPlaces(String text, int start, int headStart) {
        for (int i = start + 1; i < headStart - 1; i++) {
            if (isDash(text.charAt(i))) {
                int next = text.charAt(i + 1) == ' ' ? i + 2 : i + 1;
                if (next < headStart && Character.isUpperCase(text.charAt(next)) && Character.isLetter(text.charAt(i - 1) == ' ' ? text.charAt(i - 2) : text.charAt(i - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '–' || c == '—';
    }

    /**
     * "железной дороги Китай — Кыргызстан — Узбекистан": a Russian link head with the places it
     * joins after it, capitalised and joined by dashes; the adjective before the head belongs to it.
     */
    private static int[] russianLinkName(String text, String lower, int headStart, int headEnd) {
        int at = headEnd;
        int parts = 0;
        int end = -1;
        while (at + 1 < text.length()) {
            int wordStart = at;
            if (parts == 0) {
                if (text.charAt(at) != ' ') {
                    break;
                }
                wordStart = at + 1;
            } else {
                int k = at;
                if (k < text.length() && text.charAt(k) == ' ') {
                    k++;
                }
                if (k >= text.length() || !isDash(text.charAt(k))) {
                    break;
                }
                k++;
                if (k < text.length() && text.charAt(k) == ' ') {
                    k++;
                }
                wordStart = k;
            }
            if (wordStart >= text.length() || !Character.isUpperCase(text.charAt(wordStart))) {
                break;
            }
            int wordEnd = wordStart;
            while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
                wordEnd++;
            }
            parts++;
            end = wordEnd;
            at = wordEnd;
        }
        if (parts < 2) {
            return null;
        }
        int start = headStart;
        if (start >= 2 && text.charAt(start - 1) == ' ') {
            int adjectiveStart = start - 1;
            while (adjectiveStart > 0 && Character.isLetter(text.charAt(adjectiveStart - 1))) {
                adjectiveStart--;
            }
            String adjective = lower.substring(adjectiveStart, start - 1);
            for (String ending : RUSSIAN_ADJECTIVE_ENDINGS) {
                if (adjective.length() > ending.length() + 2 && adjective.endsWith(ending)) {
                    start = adjectiveStart;
                    break;
                }
            }
        }
        return new int[] {start, end};
    }

    /** "Construction of China-Kyrgyzstan-Uzbekistan railway": the action and its "of" are no part of the name. */
    private int afterAction(String text, int start, int headStart) {
        if (start < 0) {
            return start;
        }
        int space = text.indexOf(' ', start);
        if (space < 0 || space >= headStart || !text.startsWith(" of ", space)) {
            return start;
        }
        String first = text.substring(start, space).toLowerCase(Locale.ROOT);
        if (!lexicon.englishActions.contains(first)) {
            return start;
        }
        int name = space + " of ".length();
        if (text.startsWith("the ", name)) {
            name += "the ".length();
        }
        return name < headStart ? name : -1;
    }

    /** Plural "Projects"/"platforms" ends one letter later; nothing longer is this head. */
    private static int wordEnd(String text, int end) {
        int i = end;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Start of the capitalised words before {@code headStart}, "of"/"and" allowed inside; -1 when none. */
    private int capitalisedRunStart(String text, int headStart) {
        int start = -1;
        int i = headStart;
        for (int words = 0; words < MAX_WORDS; words++) {
            int wordEnd = i - 1;
            if (wordEnd <= 0 || text.charAt(wordEnd) != ' ') {
                break;
            }
            int wordStart = wordEnd;
            while (wordStart > 0 && isWordChar(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart == wordEnd) {
                // "China — Kyrgyzstan — Uzbekistan railway": a spaced dash joins the places a link names
                if (start >= 0 && isDash(text.charAt(wordEnd - 1)) && wordEnd >= 2 && text.charAt(wordEnd - 2) == ' ') {
                    i = wordEnd - 1;
                    continue;
                }
                break;
            }
            String word = text.substring(wordStart, wordEnd);
            if (Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0))) {
                if (!lexicon.englishStops.contains(word.toLowerCase(Locale.ROOT))) {
                    start = wordStart;
                }
            } else if (!lexicon.englishLinks.contains(word) || start < 0) {
                break;
            }
            i = wordStart;
        }
        return start;
    }

    /** "the Digital Silk Road training programme", "the \"Smart Port\" platform". */
    private int lowercaseHeadNameStart(String text, int headStart) {
        int i = headStart;
        for (int lowercase = 0; lowercase <= MAX_LOWERCASE_BETWEEN; lowercase++) {
            if (i >= 2 && (text.charAt(i - 2) == '"' || text.charAt(i - 2) == '”') && text.charAt(i - 1) == ' ') {
                int open = quotedStart(text, i - 2);
                // '"safe city, smart city and AI city" projects': a quoted list names kinds, not one project
                return open >= 0 && text.substring(open, i - 2).indexOf(',') < 0 ? open : -1;
            }
            int run = capitalisedRunStart(text, i);
            if (run >= 0) {
                return countWords(text, run, i) >= 2 || text.substring(run, i).indexOf('-') > 0 ? run : -1;
            }
            int wordEnd = i - 1;
            if (wordEnd <= 0 || text.charAt(wordEnd) != ' ') {
                return -1;
            }
            int wordStart = wordEnd;
            while (wordStart > 0 && isWordChar(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            String word = text.substring(wordStart, wordEnd);
            if (word.isEmpty() || !Character.isLowerCase(word.charAt(0)) || lexicon.englishStops.contains(word)) {
                return -1;
            }
            i = wordStart;
        }
        return -1;
    }

    private static int quotedStart(String text, int close) {
        char opener = text.charAt(close) == '”' ? '“' : '"';
        for (int j = close - 1; j >= Math.max(0, close - MAX_TITLE); j--) {
            if (text.charAt(j) == opener) {
                return j + 1 < close ? j : -1;
            }
            if (Clauses.isSentenceEnd(text.charAt(j))) {
                return -1;
            }
        }
        return -1;
    }

    private static int countWords(String text, int start, int end) {
        int words = 0;
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            boolean letter = isWordChar(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '\'';
    }

    private void russian(String text, String lower, Head head, List<ProjectCandidate> found) {
        String stem = head.word();
        for (int at = lower.indexOf(stem); at >= 0; at = lower.indexOf(stem, at + stem.length())) {
            if (at > 0 && Character.isLetter(text.charAt(at - 1))) {
                continue;
            }
            int wordEnd = wordEnd(text, at + stem.length());
            if (wordEnd - at - stem.length() > 3) {
                continue;
            }
            int start = -1;
            int end = -1;
            int[] link = head.kind() == Kind.LINK ? russianLinkName(text, lower, at, wordEnd) : null;
            if (link != null) {
                start = link[0];
                end = link[1];
            } else if (wordEnd + 1 < text.length() && text.charAt(wordEnd) == ' ' && isOpeningTitle(text.charAt(wordEnd + 1))) {
                int close = titleClose(text, wordEnd + 1);
                if (close > 0) {
                    start = at;
                    end = close + 1;
                }
            } else if (at >= 2 && text.charAt(at - 1) == ' ' && isClosingTitle(text.charAt(at - 2))) {
                int open = titleOpen(text, at - 2);
                if (open >= 0) {
                    start = open;
                    end = wordEnd;
                }
            } else if (head.kind() == Kind.AMBIGUOUS) {
                // "мастерская Лу Баня": a proper name in the genitive after the head names it
                int nameEnd = capitalisedCyrillicRunEnd(text, wordEnd);
                if (nameEnd > wordEnd) {
                    start = at;
                    end = nameEnd;
                }
            }
            if (start < 0) {
                continue;
            }
            if (head.kind() == Kind.AMBIGUOUS && !hasVerb(lower, start, end, lexicon.russianVerbs)) {
                continue;
            }
            found.add(new ProjectCandidate(start, end, head.kind(), null));
        }
    }

    /** The end of up to three capitalised Cyrillic words right after {@code headEnd}, else {@code headEnd}. */
    private static int capitalisedCyrillicRunEnd(String text, int headEnd) {
        int end = headEnd;
        for (int words = 0; words < 3 && end + 1 < text.length() && text.charAt(end) == ' '
                && Character.isUpperCase(text.charAt(end + 1))
                && Character.UnicodeBlock.of(text.charAt(end + 1)) == Character.UnicodeBlock.CYRILLIC; words++) {
            end = wordEnd(text, end + 1);
        }
        return end;
    }

    private static boolean isOpeningTitle(char c) {
        return c == '«' || c == '“' || c == '"';
    }

    private static boolean isClosingTitle(char c) {
        return c == '»' || c == '”' || c == '"';
    }

    private static int titleClose(String text, int open) {
        char closer = text.charAt(open) == '«' ? '»' : text.charAt(open) == '“' ? '”' : '"';
        for (int j = open + 1; j < Math.min(text.length(), open + MAX_TITLE); j++) {
            if (text.charAt(j) == closer) {
                return j > open + 1 ? j : -1;
            }
            if (Clauses.isSentenceEnd(text.charAt(j))) {
                return -1;
            }
        }
        return -1;
    }

    private static int titleOpen(String text, int close) {
        char opener = text.charAt(close) == '»' ? '«' : text.charAt(close) == '”' ? '“' : '"';
        for (int j = close - 1; j >= Math.max(0, close - MAX_TITLE); j--) {
            if (text.charAt(j) == opener) {
                return j + 1 < close ? j : -1;
            }
            if (Clauses.isSentenceEnd(text.charAt(j))) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean hasVerb(String lower, int start, int end, List<String> verbs) {
        int from = Clauses.sentenceStart(lower, start);
        int to = Clauses.sentenceEnd(lower, end);
        String sentence = lower.substring(from, Math.max(from, to));
        for (String verb : verbs) {
            if (sentence.contains(verb)) {
                return true;
            }
        }
        return false;
    }
}
