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
