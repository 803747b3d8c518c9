package io.scofacts.core.extract.place;

import io.scofacts.core.extract.ner.RussianDictionary;
import java.util.List;
import java.util.Locale;

/**
 * Many Central Asian first names are also names of cities (Багдад, Астана, Бухара): a one-word
 * Russian place written in the nominative and followed by a surname in the nominative, by the
 * morphological dictionary ("… «Казахтелеком» Багдад Мусин"), opens a person's name, not a
 * place. A place in an oblique case before a surname stays a place ("В Астане Токаев провёл …"),
 * as does one after a preposition.
 */
final class FirstNames {

    private static final List<String> PREPOSITIONS = List.of("в", "во", "из", "на", "до", "от", "по", "под", "над", "с", "со",
            "к", "ко", "через", "между", "около", "у");

    private FirstNames() {
    }

    /** Whether the place name at {@code text[start, end)} is the first name of the person named right after it. */
    static boolean opensPersonsName(CharSequence text, int start, int end) {
        if (end - start < 3 || !isCyrillicCapital(text.charAt(start)) || end + 2 >= text.length() || text.charAt(end) != ' '
                || !isCyrillicCapital(text.charAt(end + 1))) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (!Character.isLetter(text.charAt(i)) && text.charAt(i) != '-') {
                return false; // one word only
            }
        }
        int surnameEnd = end + 1;
        while (surnameEnd < text.length() && Character.isLetter(text.charAt(surnameEnd))) {
            surnameEnd++;
        }
        if (afterPreposition(text, start)) {
            return false;
        }
        RussianDictionary.Reader dictionary = RussianDictionary.forThisThread();
        String place = lower(text, start, end);
        String surname = lower(text, end + 1, surnameEnd);
        List<String> placeTags = dictionary.tags(place);
        return (placeTags.isEmpty() || placeTags.stream().anyMatch(tag -> tag.endsWith(":Nom")))
                && dictionary.tags(surname).stream().anyMatch(tag -> tag.startsWith("NN:Fam") && tag.endsWith(":Nom"));
    }

    private static boolean afterPreposition(CharSequence text, int start) {
        int wordEnd = start - 1;
        if (wordEnd < 1 || text.charAt(wordEnd) != ' ') {
            return false;
        }
        int wordStart = wordEnd;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return PREPOSITIONS.contains(lower(text, wordStart, wordEnd));
    }

    private static String lower(CharSequence text, int start, int end) {
        return text.subSequence(start, end).toString().toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    private static boolean isCyrillicCapital(char c) {
        return Character.isUpperCase(c) && Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
    }
}
