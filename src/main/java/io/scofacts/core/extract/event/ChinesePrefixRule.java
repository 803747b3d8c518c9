package io.scofacts.core.extract.event;

/**
 * Whether the words before a Chinese head make a name: they hold a year, Latin letters, a quoted
 * word, a country, place or organisation found earlier, or a word of the name-part lexicon.
 */
public final class ChinesePrefixRule {

    private final WordList nameParts;

    public ChinesePrefixRule(WordList nameParts) {
        this.nameParts = nameParts;
    }

    public boolean names(String match, int start, int headStart, ViewMask namesFound) {
        if (namesFound.any(start, headStart) || nameParts.occursIn(match, start, headStart)) {
            return true;
        }
        int digits = 0;
        for (int i = start; i < headStart; i++) {
            char c = match.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '“' || c == '"') {
                return true;
            }
            digits = Character.isDigit(c) ? digits + 1 : 0;
            if (digits == 4) {
                return true;
            }
        }
        return false;
    }
}
