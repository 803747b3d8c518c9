package io.scofacts.core.extract.event;

import java.util.ArrayList;
import java.util.List;

/**
 * Russian names built on a head noun given as a stem that matches its case forms ("форум",
 * "саммит", "декларац"): adjectives before the head ("Тяньцзиньская декларация"), a genitive
 * chain after it up to a preposition or a verb ("Форум цифровой экономики ШОС"), a «…» title
 * after it ("форум «Цифровая Евразия»"), and for a bare acronym a following "в Городе"
 * ("саммит ШОС в Тяньцзине"). Inflected forms are reported as written.
 */
public final class CyrillicHeadedNames {

    private static final int MAX_SUFFIX = 3;
    private static final int MAX_WORDS = 6;
    private static final int MAX_QUOTE = 80;
    private static final int MAX_NOUNS_AFTER_ADJECTIVE = 2;
    private static final String[] ADJECTIVE_ENDINGS = {"ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого",
        "его", "ому", "ему", "ым", "им", "ом", "ем", "ей", "ую", "юю", "ых", "их", "ыми", "ими"};
    /** "Подписание меморандума": a noun of action ends like a plural adjective but names the act, not the thing. */
    private static final String[] VERBAL_NOUN_ENDINGS = {"ание", "ение", "яние", "тие"};
    private static final String[] VERB_ENDINGS = {"л", "ла", "ло", "ли", "ет", "ют", "ит", "ат", "ят", "ся", "сь", "ть",
        "ут", "ёт"};

    private final List<String> stems;
    private final WordList stops;
    private final WordList genericStems;

    public CyrillicHeadedNames(List<String> stems, WordList stops, WordList genericStems) {
        this.stems = List.copyOf(stems);
        this.stops = stops;
        this.genericStems = genericStems;
    }

    public List<HeadedName> find(String text) {
        String lower = lowerCase(text);
        List<HeadedName> names = new ArrayList<>();
        for (String stem : stems) {
            for (int at = lower.indexOf(stem); at >= 0; at = lower.indexOf(stem, at + stem.length())) {
                if (at > 0 && Character.isLetter(text.charAt(at - 1))) {
                    continue;
                }
                int end = wordEnd(text, at);
                if (end - at - stem.length() > MAX_SUFFIX) {
                    continue;
                }
                names.add(name(text, lower, at, end));
            }
        }
        names.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return names;
    }

    private HeadedName name(String text, String lower, int headStart, int headEnd) {
        String head = text.substring(headStart, headEnd);
        boolean initial = sentenceInitial(text, headStart);
        boolean headCapital = Character.isUpperCase(text.charAt(headStart));
        boolean proper = headCapital && !initial;

        int start = headStart;
        int position = headStart;
        for (int n = 0; n < MAX_WORDS && position > 1 && text.charAt(position - 1) == ' '; n++) {
            int wordEnd = position - 1;
            int wordStart = wordEnd;
            while (wordStart > 0 && isCyrillicWordChar(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            String word = lower.substring(wordStart, wordEnd);
            if (wordStart == wordEnd || !endsWithAny(word, ADJECTIVE_ENDINGS) || endsWithAny(word, VERBAL_NOUN_ENDINGS)) {
                break;
            }
            start = wordStart;
            position = wordStart;
        }
        // a capitalised adjective that is not a generic one ("Тяньцзиньская", not "Совместная") names the thing
        for (int i = start; i < headStart; i = nextWord(text, i)) {
            if (Character.isUpperCase(text.charAt(i)) && !isGeneric(lower.substring(i, wordEnd(text, i)))) {
                proper = true;
            }
        }
        while (start < headStart && Character.isLowerCase(text.charAt(start)) && isGeneric(lower.substring(start, wordEnd(text, start)))) {
            start = nextWord(text, start);
        }

        int end = headEnd;
        int lastProperEnd = -1;
        int nounsToTake = 0;
        position = headEnd;
        for (int n = 0; n < MAX_WORDS && position + 1 < text.length() && text.charAt(position) == ' '; n++) {
            int wordStart = position + 1;
            if (text.charAt(wordStart) == '«') {
                int close = closingGuillemet(text, wordStart);
                if (close > 0) {
                    end = close + 1;
                    lastProperEnd = end;
                }
                break;
            }
            int wordEnd = wordEnd(text, wordStart);
            if (wordEnd == wordStart) {
                break;
            }
            String word = lower.substring(wordStart, wordEnd);
            if (stops.contains(word) || endsWithAny(word, VERB_ENDINGS) && !isUpperWord(text, wordStart, wordEnd)) {
                break;
            }
            end = wordEnd;
            if (Character.isUpperCase(text.charAt(wordStart))) {
                lastProperEnd = wordEnd;
                nounsToTake = endsWithAny(word, ADJECTIVE_ENDINGS) ? MAX_NOUNS_AFTER_ADJECTIVE : 0;
            } else if (nounsToTake > 0 && lastProperEnd > 0 && !endsWithAny(word, ADJECTIVE_ENDINGS)) {
                // "саммите Шанхайской организации сотрудничества": a proper adjective takes its nouns along
                lastProperEnd = wordEnd;
                nounsToTake--;
            } else {
                nounsToTake = 0;
            }
            position = wordEnd;
        }
        if (!proper && lastProperEnd > 0) {
            proper = true;
            end = lastProperEnd;
            if (start == headStart && isUpperWord(text, headEnd + 1, lastProperEnd)) {
                end = withPlace(text, end);
            }
        }
        return new HeadedName(start, end, headStart, head, proper);
    }

    /** The » closing the « at {@code open} on the same line, not far off; -1 when there is none. */
    static int closingGuillemet(String text, int open) {
        for (int i = open + 1; i < text.length() && i - open <= MAX_QUOTE; i++) {
            char c = text.charAt(i);
            if (c == '»') {
                return i;
            }
            if (c == '\n' || c == '«') {
                return -1;
            }
        }
        return -1;
    }

    /** "саммит ШОС" + " в Тяньцзине": the city is part of what names the meeting. */
    private static int withPlace(String text, int end) {
        for (String preposition : new String[] {" в ", " во "}) {
            int wordStart = end + preposition.length();
            if (text.startsWith(preposition, end) && wordStart < text.length() && Character.isUpperCase(text.charAt(wordStart))) {
                return wordEnd(text, wordStart);
            }
        }
        return end;
    }

    private boolean isGeneric(String lowerWord) {
        for (String stem : genericStems.words()) {
            if (lowerWord.startsWith(stem) && lowerWord.length() - stem.length() <= MAX_SUFFIX) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUpperWord(String text, int start, int end) {
        if (end - start < 2) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sentenceInitial(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '«' || text.charAt(i) == '"')) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '\n' || c == '—' && i > 0 && text.charAt(i - 1) == '\n';
    }

    private static int nextWord(String text, int at) {
        int end = wordEnd(text, at);
        return end < text.length() && text.charAt(end) == ' ' ? end + 1 : end;
    }

    static int wordEnd(String text, int at) {
        int end = at;
        while (end < text.length() && isCyrillicWordChar(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isCyrillicWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-';
    }

    private static boolean endsWithAny(String word, String[] endings) {
        for (String ending : endings) {
            if (word.length() > ending.length() + 1 && word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case char for char, so indices stay those of the text. */
    private static String lowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
