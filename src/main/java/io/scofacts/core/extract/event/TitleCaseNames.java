package io.scofacts.core.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * English names built on a capitalised head word ("2025 SCO Digital Economy Forum", "the Tianjin
 * Declaration", "Memorandum of Understanding on Digital Cooperation"): the head with the run of
 * capitalised words, acronyms and years before it (small connectors such as "of" and "and"
 * allowed inside), and an "of/on/for …" tail of capitalised words after it. Bounded scans only.
 */
public final class TitleCaseNames {

    private static final int MAX_WORDS = 10;
    private static final Set<String> CONNECTORS = Set.of("of", "and", "for", "on", "&");
    private static final Set<String> TAIL_CONNECTORS = Set.of("of", "and", "for", "on", "&", "the");
    private static final Set<String> TAIL_OPENERS = Set.of("of", "on", "for");

    private final List<String> heads;
    private final WordList stops;
    private final WordList generic;

    public TitleCaseNames(List<String> heads, WordList stops, WordList generic) {
        this.heads = List.copyOf(heads);
        this.stops = stops;
        this.generic = generic;
    }

    public List<HeadedName> find(String text) {
        List<HeadedName> names = new ArrayList<>();
        for (String head : heads) {
            for (int at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + head.length())) {
                int end = at + head.length();
                if ((at > 0 && Character.isLetterOrDigit(text.charAt(at - 1)))
                        || (end < text.length() && Character.isLetter(text.charAt(end)))) {
                    continue;
                }
                names.add(name(text, at, end, head));
            }
        }
        names.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return names;
    }

    private HeadedName name(String text, int headStart, int headEnd, String head) {
        int start = headStart;
        boolean named = false;
        int words = 0;
        int position = headStart;
        while (words < MAX_WORDS && position > 1 && text.charAt(position - 1) == ' ') {
            int wordEnd = position - 1;
            int aside = acronymAsideEndingAt(text, wordEnd);
            if (aside >= 0) {
                // "Shanghai Cooperation Organization (SCO) Digital Economy Forum": the short form
                // written inside the name is part of it, not its edge
                position = aside;
                words++;
                continue;
            }
            int wordStart = wordEnd;
            while (wordStart > 0 && isWordChar(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart == wordEnd) {
                break;
            }
            String word = text.substring(wordStart, wordEnd);
            if (CONNECTORS.contains(word)) {
                position = wordStart;
                words++;
                continue;
            }
            if (!isTitleWord(word) || stops.contains(word) || word.endsWith("'s") || word.endsWith("’s")) {
                break;
            }
            named |= !generic.contains(word);
            start = wordStart;
            position = wordStart;
            words++;
        }
        int end = headEnd;
        int tailWords = 0;
        position = headEnd;
        boolean inTail = false;
        while (tailWords < MAX_WORDS && position + 1 < text.length() && text.charAt(position) == ' ') {
            int wordStart = position + 1;
            int wordEnd = wordStart;
            while (wordEnd < text.length() && isWordChar(text.charAt(wordEnd))) {
                wordEnd++;
            }
            if (wordEnd == wordStart) {
                break;
            }
            String word = text.substring(wordStart, wordEnd);
            if (!inTail) {
                if (!TAIL_OPENERS.contains(word)) {
                    break;
                }
                inTail = true;
            } else if ("and".equals(word) && headAhead(text, wordEnd)) {
                // "Forum on the Digital Economy Industry and the Smart China Expo": two events, not one
                break;
            } else if (isTitleWord(word) && !stops.contains(word)) {
                end = wordEnd;
                named |= !generic.contains(word);
            } else if (!TAIL_CONNECTORS.contains(word)) {
                break;
            }
            position = wordEnd;
            tailWords++;
        }
        return new HeadedName(start, end, headStart, head, named);
    }

    /** Whether an event's head word stands among the next few words after {@code from}. */
    private boolean headAhead(String text, int from) {
        int position = from;
        for (int words = 0; words < MAX_WORDS && position + 1 < text.length() && text.charAt(position) == ' '; words++) {
            int wordEnd = position + 1;
            while (wordEnd < text.length() && isWordChar(text.charAt(wordEnd))) {
                wordEnd++;
            }
            if (wordEnd == position + 1) {
                return false;
            }
            if (heads.contains(text.substring(position + 1, wordEnd))) {
                return true;
            }
            position = wordEnd;
        }
        return false;
    }

    /** The most letters of a short form in brackets inside a name: "(SCO)", "(CAREC)". */
    private static final int MAX_ASIDE = 8;

    /**
     * Where "(ACRONYM)" ending at {@code end} starts, when a capitalised word stands right before it
     * (so the aside sits inside a name); else -1.
     */
    private static int acronymAsideEndingAt(String text, int end) {
        if (end < 4 || text.charAt(end - 1) != ')') {
            return -1;
        }
        int open = text.lastIndexOf('(', end - 1);
        if (open < 2 || end - 1 - open - 1 < 2 || end - 1 - open - 1 > MAX_ASIDE || text.charAt(open - 1) != ' '
                || !Character.isUpperCase(text.charAt(open - 2)) && !Character.isLowerCase(text.charAt(open - 2))) {
            return -1;
        }
        for (int i = open + 1; i < end - 1; i++) {
            if (!Character.isUpperCase(text.charAt(i)) && !Character.isDigit(text.charAt(i))) {
                return -1;
            }
        }
        int before = open - 1;
        int wordStart = before;
        while (wordStart > 0 && isWordChar(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return wordStart < before && Character.isUpperCase(text.charAt(wordStart)) ? open : -1;
    }

    private static boolean isTitleWord(String word) {
        char first = word.charAt(0);
        if (Character.isUpperCase(first)) {
            return true;
        }
        return word.length() == 4 && word.chars().allMatch(Character::isDigit);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’' || c == '—' || c == '–';
    }
}
