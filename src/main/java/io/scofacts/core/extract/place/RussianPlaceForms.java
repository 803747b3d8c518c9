package io.scofacts.core.extract.place;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The six case forms of a Russian place name, derived from its nominative by ending, so that
 * "в Ташкенте", "Москвы", "Санкт-Петербурге", "Наманганской области" match without listing
 * every form. The country package's declension of country names is package-private; this is
 * the same idea cut down to what place names need: adjectives before their head noun decline
 * with it (Наманганская область, Нижний Новгород, Синьцзян-Уйгурский автономный район), words
 * after the head stay (Республика Татарстан), a hyphenated word declines its last part
 * (Санкт-Петербург), and names ending in -ы, -и, -о, -у, -е, -э, -ю or written in capitals
 * (Алматы, Душанбе, СУАР) do not decline. A rule may make a form Russian does not use; such a
 * string does not occur in text, so it matches nothing.
 */
public final class RussianPlaceForms {

    private static final int CASES = 6;
    private static final String VELARS_AND_SIBILANTS = "гкхжшчщ";
    private static final String SIBILANTS = "жшчщц";
    private static final String VOWELS = "аеиоуыэюяё";

    private RussianPlaceForms() {
    }

    /**
     * Every case form of {@code nominative}, the nominative first. Public because a body's short
     * name declines the same way (Минфин, Минфина, Минфине): the organisation lexicon uses it.
     */
    public static Set<String> forms(String nominative) {
        String[] words = nominative.split(" ");
        List<List<String>> byWord = new ArrayList<>();
        boolean beforeHead = true;
        for (int w = 0; w < words.length; w++) {
            boolean adjective = isAdjective(words[w], w == words.length - 1);
            byWord.add(beforeHead ? wordForms(words[w], adjective) : unchanged(words[w]));
            if (!adjective) {
                beforeHead = false;
            }
        }
        Set<String> forms = new LinkedHashSet<>();
        for (int c = 0; c < CASES; c++) {
            List<String> combined = List.of("");
            for (List<String> wordForms : byWord) {
                List<String> next = new ArrayList<>();
                for (String prefix : combined) {
                    // one case may have two forms, "|"-separated (Тяньцзине, Казани)
                    for (String form : alternatives(wordForms.get(c))) {
                        next.add(prefix.isEmpty() ? form : prefix + " " + form);
                    }
                }
                combined = next;
            }
            forms.addAll(combined);
        }
        return forms;
    }

    private static List<String> alternatives(String forms) {
        int bar = forms.indexOf('|');
        return bar < 0 ? List.of(forms) : List.of(forms.substring(0, bar), forms.substring(bar + 1));
    }

    private static List<String> wordForms(String word, boolean adjective) {
        int hyphen = word.lastIndexOf('-');
        String head = hyphen > 0 ? word.substring(0, hyphen + 1) : "";
        String last = word.substring(head.length());
        List<String> forms = new ArrayList<>();
        for (String form : adjective ? adjectiveForms(last) : nounForms(last)) {
            forms.add(head + form.replace("|", "|" + head));
        }
        return forms;
    }

    /** Nominative, genitive, dative, accusative, instrumental, prepositional. */
    private static List<String> adjectiveForms(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String stem = word.substring(0, word.length() - 2);
        if (lower.endsWith("ая")) {
            return List.of(word, stem + "ой", stem + "ой", stem + "ую", stem + "ой", stem + "ой");
        }
        if (lower.endsWith("яя")) {
            return List.of(word, stem + "ей", stem + "ей", stem + "юю", stem + "ей", stem + "ей");
        }
        if (lower.endsWith("ний")) {
            return List.of(word, stem + "его", stem + "ему", word, stem + "им", stem + "ем");
        }
        String instrumental = lower.endsWith("ий") ? "им" : "ым";
        return List.of(word, stem + "ого", stem + "ому", word, stem + instrumental, stem + "ом");
    }

    private static List<String> nounForms(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.length() < 2 || isAbbreviation(word)) {
            return unchanged(word);
        }
        char end = lower.charAt(lower.length() - 1);
        char beforeEnd = lower.charAt(lower.length() - 2);
        String stem = word.substring(0, word.length() - 1);
        if (lower.endsWith("ия")) {
            return List.of(word, stem + "и", stem + "и", stem + "ю", stem + "ей", stem + "и");
        }
        if (lower.endsWith("ье")) {
            return List.of(word, stem + "я", stem + "ю", word, stem + "ем", stem + "е");
        }
        if (end == 'я') {
            return List.of(word, stem + "и", stem + "е", stem + "ю", stem + "ей", stem + "е");
        }
        if (end == 'а' && VOWELS.indexOf(beforeEnd) < 0) {
            String genitive = VELARS_AND_SIBILANTS.indexOf(beforeEnd) >= 0 ? "и" : "ы";
            String instrumental = SIBILANTS.indexOf(beforeEnd) >= 0 ? "ей" : "ой";
            return List.of(word, stem + genitive, stem + "е", stem + "у", stem + instrumental, stem + "е");
        }
        if (end == 'й') {
            return List.of(word, stem + "я", stem + "ю", word, stem + "ем", stem + "е");
        }
        if (end == 'ь') {
            // either gender: Тяньцзиня, Тяньцзине (masculine) and Казани, области (feminine)
            return List.of(word, stem + "я|" + stem + "и", stem + "ю|" + stem + "и", word,
                    stem + "ем|" + stem + "ью", stem + "е|" + stem + "и");
        }
        if (end >= 'а' && end <= 'я' && VOWELS.indexOf(end) < 0) {
            String instrumental = SIBILANTS.indexOf(end) >= 0 ? "ем" : "ом";
            return List.of(word, word + "а", word + "у", word, word + instrumental, word + "е");
        }
        return unchanged(word);
    }

    private static List<String> unchanged(String word) {
        return List.of(word, word, word, word, word, word);
    }

    private static boolean isAdjective(String word, boolean last) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.endsWith("ая") || lower.endsWith("яя")
                || (!last && (lower.endsWith("ый") || lower.endsWith("ий") || lower.endsWith("ой")));
    }

    private static boolean isAbbreviation(String word) {
        return word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
