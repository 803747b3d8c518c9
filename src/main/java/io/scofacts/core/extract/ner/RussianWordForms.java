package io.scofacts.core.extract.ner;

import java.util.Locale;
import java.util.Set;

/**
 * Whether two written words are case forms of one Russian name: "Путин", "Путина", "Путиным";
 * "Сергей", "Сергея"; "Москва", "Москве"; "Карамай", "Карамае". They are when they share a
 * beginning that leaves at most a short case ending on either side, with the shared part at
 * least {@value #MIN_STEM} letters long. A rule, not a dictionary: it also joins "Иванов" and
 * "Иванова", which may be two people; stories rarely name both.
 */
public final class RussianWordForms {

    private static final int MIN_STEM = 3;
    private static final Set<String> ENDINGS = Set.of("", "а", "я", "у", "ю", "е", "ы", "и", "о", "ь", "й",
            "ой", "ей", "ом", "ем", "ым", "им", "ою", "ею", "ого", "его", "ому", "ему", "ая", "яя", "ую", "юю",
            "ий", "ый", "ия", "ии", "ию", "ье", "ья", "ью", "ах", "ях", "ам", "ям", "ами", "ями", "ые", "ие",
            "ых", "их", "ыми", "ими");

    private RussianWordForms() {
    }

    public static boolean sameWord(String a, String b) {
        String x = fold(a);
        String y = fold(b);
        if (x.equals(y)) {
            return true;
        }
        int common = 0;
        int limit = Math.min(x.length(), y.length());
        while (common < limit && x.charAt(common) == y.charAt(common)) {
            common++;
        }
        for (int stem = common; stem >= MIN_STEM && stem >= common - 1; stem--) {
            if (ENDINGS.contains(x.substring(stem)) && ENDINGS.contains(y.substring(stem))) {
                return true;
            }
        }
        return false;
    }

    /** The first letters every case form of the word shares with it: a key to find candidates by. */
    public static String bucket(String word) {
        String folded = fold(word);
        return folded.substring(0, Math.min(MIN_STEM, folded.length()));
    }

    /** Whether every word of {@code shorter} is a case form of a word of {@code longer}, in any order. */
    public static boolean containsName(String longer, String shorter) {
        String[] words = longer.split(" ");
        for (String word : shorter.split(" ")) {
            boolean found = false;
            for (String candidate : words) {
                found |= sameWord(word, candidate);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static String fold(String word) {
        return word.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
