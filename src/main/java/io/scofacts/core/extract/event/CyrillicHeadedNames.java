package io.scofacts.core.extract.event;

import io.scofacts.core.extract.ner.RussianDictionary;
import java.util.ArrayList;
import java.util.List;

/**
 * Russian names built on a head noun given as a stem that matches its case forms ("форум",
 * "саммит", "декларац"): adjectives before the head ("Тяньцзиньская декларация"), a genitive
 * chain after it up to a preposition or a verb ("Форум цифровой экономики ШОС"), a «…» title
 * after it ("форум «Цифровая Евразия»"), and for a bare acronym a following "в Городе"
 * ("саммит ШОС в Тяньцзине"). Official names go on: a Roman ordinal before ("IV Совещание"),
 * "и" between genitives and a genitive that looks like a verb ("министерств и ведомств",
 * "иностранных дел") in the chain, and a genitive plural participle clause after a comma
 * ("…, ответственных за развитие …"), by the morphological dictionary. Inflected forms are
 * reported as written.
 */
public final class CyrillicHeadedNames {

    private static final int MAX_SUFFIX = 3;
    private static final int MAX_WORDS = 10;
    /** Words of a participle clause that goes on describing the name's last noun. */
    private static final int MAX_CLAUSE_WORDS = 8;
    /** Where a participle clause ends. */
    private static final String CLAUSE_ENDS = ".,;:!?()«»\"—\n";

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

        start = withOrdinal(text, start);

        int end = headEnd;
        int lastProperEnd = -1;
        int nounsToTake = 0;
        boolean genitiveChain = false;
        position = headEnd;
        boolean properChain = false;
        for (int n = 0; n < MAX_WORDS && position + 1 < text.length() && text.charAt(position) == ' '; n++) {
            if (end == position && appositionDash(text, lower, position)) {
                // "государств – членов ШОС": the dash sets two genitives side by side
                position += 2;
            }
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
            if ("и".equals(word) && end == position && joinsGenitives(lower, position, wordEnd)) {
                // "Совещание руководителей министерств и ведомств …": "и" between two genitives goes on
                position = wordEnd;
                continue;
            }
            if (stops.contains(word) || endsWithAny(word, VERB_ENDINGS) && !isUpperWord(text, wordStart, wordEnd)
                    && !isGenitiveNoun(word)) {
                break;
            }
            if (!isUpperWord(text, wordStart, wordEnd) && knownNotGenitive(word)) {
                // "заседание приглашены …", "… стран ШОС казахстанский премьер": the chain is genitive
                break;
            }
            genitiveChain |= isGenitiveNoun(word);
            end = wordEnd;
            if (Character.isUpperCase(text.charAt(wordStart))) {
                lastProperEnd = wordEnd;
                nounsToTake = endsWithAny(word, ADJECTIVE_ENDINGS) ? MAX_NOUNS_AFTER_ADJECTIVE : 0;
                properChain = !endsWithAny(word, ADJECTIVE_ENDINGS);
            } else if (nounsToTake > 0 && lastProperEnd > 0 && !endsWithAny(word, ADJECTIVE_ENDINGS)) {
                // "саммите Шанхайской организации сотрудничества": a proper adjective takes its nouns along
                lastProperEnd = wordEnd;
                nounsToTake--;
            } else if (properChain && lastProperEnd == position && RussianDictionary.forThisThread().canBeGenitive(word)) {
                // "заседание Совета министров иностранных дел": a body's name goes on in the genitive
                lastProperEnd = wordEnd;
            } else {
                nounsToTake = 0;
                properChain = false;
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
        if (proper && genitiveChain) {
            end = withParticipleClause(text, lower, end);
        }
        return new HeadedName(start, end, headStart, head, proper);
    }

    /** A lower-case word the morphological dictionary knows, in no genitive form: no link of a genitive chain. */
    private static boolean knownNotGenitive(String word) {
        RussianDictionary.Reader dictionary = RussianDictionary.forThisThread();
        return dictionary.classes(word) != RussianDictionary.UNKNOWN && !dictionary.canBeGenitive(word);
    }

    /** A spaced dash at {@code position} between the genitive before it and the genitive after it. */
    private static boolean appositionDash(String text, String lower, int position) {
        if (!(text.startsWith(" – ", position) || text.startsWith(" — ", position))) {
            return false;
        }
        int beforeStart = position;
        while (beforeStart > 0 && isCyrillicWordChar(text.charAt(beforeStart - 1))) {
            beforeStart--;
        }
        int afterStart = position + 3;
        int afterEnd = wordEnd(text, afterStart);
        return beforeStart < position && afterEnd > afterStart && Character.isLowerCase(text.charAt(afterStart))
                && RussianDictionary.forThisThread().canBeGenitivePluralNoun(lower.substring(beforeStart, position))
                && RussianDictionary.forThisThread().canBeGenitivePluralNoun(lower.substring(afterStart, afterEnd));
    }

    /** "IV Совещание", "XX заседание": a Roman ordinal right before the name numbers it and belongs to it. */
    private static int withOrdinal(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != ' ') {
            return start;
        }
        int ordinal = start - 1;
        while (ordinal > 0 && "IVXLC".indexOf(text.charAt(ordinal - 1)) >= 0) {
            ordinal--;
        }
        boolean wordStart = ordinal == 0 || !Character.isLetterOrDigit(text.charAt(ordinal - 1));
        return ordinal < start - 1 && wordStart ? ordinal : start;
    }

    /** Whether the words before and after the "и" ending at {@code andEnd} can both be genitive nouns. */
    private static boolean joinsGenitives(String lower, int beforeEnd, int andEnd) {
        int beforeStart = beforeEnd;
        while (beforeStart > 0 && isCyrillicWordChar(lower.charAt(beforeStart - 1))) {
            beforeStart--;
        }
        if (andEnd + 1 >= lower.length() || lower.charAt(andEnd) != ' ') {
            return false;
        }
        int afterEnd = wordEnd(lower, andEnd + 1);
        return afterEnd > andEnd + 1 && isGenitiveNoun(lower.substring(beforeStart, beforeEnd))
                && isGenitiveNoun(lower.substring(andEnd + 1, afterEnd));
    }

    /** By the morphological dictionary, the lower-case word can be a noun in the genitive ("дел", "министерств"). */
    private static boolean isGenitiveNoun(String lower) {
        return RussianDictionary.forThisThread().canBeGenitiveNoun(lower);
    }

    /**
     * "Совещание руководителей …, ответственных за развитие …": a participle in the genitive plural
     * after a comma goes on describing the genitive chain's people or bodies, and belongs to the
     * official name up to the next punctuation mark.
     */
    private static int withParticipleClause(String text, String lower, int end) {
        if (!text.startsWith(", ", end)) {
            return end;
        }
        int wordStart = end + 2;
        int wordEnd = wordEnd(text, wordStart);
        if (wordEnd == wordStart || !isGenitivePluralAdjective(lower.substring(wordStart, wordEnd))) {
            return end;
        }
        int clauseEnd = wordEnd;
        int at = wordEnd;
        for (int words = 1; words < MAX_CLAUSE_WORDS && at + 1 < text.length() && text.charAt(at) == ' '; words++) {
            int next = wordEnd(text, at + 1);
            if (next == at + 1) {
                break;
            }
            String word = lower.substring(at + 1, next);
            if (endsWithAny(word, VERB_ENDINGS) && !isGenitiveNoun(word)) {
                break;
            }
            clauseEnd = next;
            at = next;
        }
        boolean closed = clauseEnd >= text.length() || CLAUSE_ENDS.indexOf(text.charAt(clauseEnd)) >= 0;
        return closed && clauseEnd > wordEnd ? clauseEnd : end;
    }

    private static boolean isGenitivePluralAdjective(String lower) {
        return RussianDictionary.forThisThread().canBeGenitivePluralAdjective(lower);
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
