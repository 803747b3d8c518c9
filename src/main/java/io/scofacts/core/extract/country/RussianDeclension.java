package io.scofacts.core.extract.country;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The six case forms of a Russian country name, derived from its nominative by ending, so that
 * "Казахстаном", "России", "Узбекистану", "Киргизии" match without listing every form.
 *
 * <p>Rules, by the ending of each capitalised word:
 * <ul>
 * <li>adjective, feminine -ая / -яя (Саудовская): -ой / -ей, accusative -ую / -юю;</li>
 * <li>adjective, neuter -ое / -ее (Соединенное): -ого, -ому, -ым, -ом;</li>
 * <li>adjective, plural -ые / -ие (Соединенные, Арабские): -ых, -ым, -ыми;</li>
 * <li>adjective, masculine -ый / -ий when another word follows (Восточный Тимор): -ого, -ому, -ым, -ом;</li>
 * <li>noun -ия (Россия, Индия, Киргизия): -ии, -ию, -ией;</li>
 * <li>noun -ий (Маврикий): -ия, -ию, -ием, -ии;</li>
 * <li>noun -я (Корея, Гвинея): -и, -е, -ю, -ей;</li>
 * <li>noun -а (Канада, Камбоджа): -ы (-и after г к х ж ш ч щ), -е, -у, -ой (-ей after ж ш ч щ ц);</li>
 * <li>plural noun -ы (Филиппины, Штаты): bare stem and -ов, -ам, -ами, -ах;</li>
 * <li>noun -й (Китай): -я, -ю, -ем, -е;</li>
 * <li>noun -ь, either gender (Израиль, Беларусь): -я, -ю, -ем, -е and -и, -ью;</li>
 * <li>noun -ство (Королевство): -а, -у, -ом, -е;</li>
 * <li>noun ending in a consonant (Казахстан, Иран): -а, -у, -ом (-ем after ж ш ч щ ц), -е;</li>
 * <li>anything else is indeclinable: other vowel endings and -а after a vowel (Мали, Перу, Того,
 * Папуа, Никарагуа), abbreviations in capitals (США, КНДР), lower-case words (и, о-ва).</li>
 * </ul>
 * A hyphenated word declines its last part, or its first when the last is indeclinable
 * (Шри-Ланки, Гвинеи-Бисау). In a multi-word name the adjectives and their head noun (the
 * first declinable noun) decline together, in the same case (Саудовской Аравии, Соединенных
 * Штатов, Китайской Народной Республики, Папуа — Новой Гвинеи); words after the head noun
 * stay as written, being an apposition or a genitive (Республики Корея, Соединенных Штатов
 * Америки), until "и" starts the next head (Боснии и Герцеговины). The rules may produce a
 * form Russian does not use (Египета); such strings do not occur in text, so they cannot
 * match anything else, and forms the rules miss are listed as aliases.
 */
final class RussianDeclension {

    private static final int CASES = 6;
    private static final int NOM = 0;
    private static final int GEN = 1;
    private static final int DAT = 2;
    private static final int ACC = 3;
    private static final int INS = 4;
    private static final int PREP = 5;
    private static final String VELARS_AND_SIBILANTS = "гкхжшчщ";
    private static final String SIBILANTS = "жшчщц";

    private RussianDeclension() {
    }

    /** Every case form of {@code nominative}, the nominative first. */
    static Set<String> forms(String nominative) {
        String[] words = nominative.split(" ");
        List<List<Set<String>>> byWord = new ArrayList<>();
        boolean declining = true;
        for (int w = 0; w < words.length; w++) {
            boolean last = w == words.length - 1;
            if (words[w].equals("и")) {
                declining = true;
            }
            List<Set<String>> forms = declining ? wordForms(words[w], last) : new Paradigm(words[w]).forms();
            byWord.add(forms);
            if (declining && declines(forms) && !isAdjective(words[w], last)) {
                declining = false;
            }
        }
        Set<String> forms = new LinkedHashSet<>();
        for (int c = 0; c < CASES; c++) {
            List<String> combined = List.of("");
            for (int w = 0; w < words.length; w++) {
                List<String> next = new ArrayList<>();
                for (String prefix : combined) {
                    for (String form : byWord.get(w).get(c)) {
                        next.add(prefix.isEmpty() ? form : prefix + " " + form);
                    }
                }
                combined = next;
            }
            forms.addAll(combined);
        }
        return forms;
    }

    private static List<Set<String>> wordForms(String word, boolean last) {
        int hyphen = word.lastIndexOf('-');
        if (hyphen > 0 && hyphen < word.length() - 1) {
            String head = word.substring(0, hyphen + 1);
            String tail = word.substring(hyphen + 1);
            List<Set<String>> tailForms = simpleWordForms(tail, last);
            if (declines(tailForms)) {
                return prefixed(head, tailForms, "");
            }
            String first = word.substring(0, hyphen);
            return prefixed("", simpleWordForms(first, false), word.substring(hyphen));
        }
        return simpleWordForms(word, last);
    }

    private static boolean declines(List<Set<String>> forms) {
        return forms.stream().anyMatch(f -> !f.equals(forms.get(NOM)));
    }

    private static List<Set<String>> prefixed(String head, List<Set<String>> forms, String tail) {
        List<Set<String>> result = new ArrayList<>();
        for (Set<String> caseForms : forms) {
            Set<String> withParts = new LinkedHashSet<>();
            caseForms.forEach(f -> withParts.add(head + f + tail));
            result.add(withParts);
        }
        return result;
    }

    private static List<Set<String>> simpleWordForms(String word, boolean last) {
        Paradigm p = new Paradigm(word);
        if (word.length() < 3 || !Character.isUpperCase(word.charAt(0)) || isAbbreviation(word)) {
            return p.forms();
        }
        String lower = word.toLowerCase(Locale.ROOT);
        char end = lower.charAt(lower.length() - 1);
        char beforeEnd = lower.charAt(lower.length() - 2);
        if (lower.endsWith("ая") || lower.endsWith("яя")) {
            String soft = lower.endsWith("яя") ? "е" : "о";
            p.oblique(2, soft + "й", soft + "й", lower.endsWith("яя") ? "юю" : "ую", soft + "й", soft + "й");
        } else if (lower.endsWith("ое") || lower.endsWith("ее")) {
            boolean soft = lower.endsWith("ее");
            p.oblique(2, soft ? "его" : "ого", soft ? "ему" : "ому", lower.substring(lower.length() - 2),
                    soft ? "им" : "ым", soft ? "ем" : "ом");
        } else if (lower.endsWith("ые") || lower.endsWith("ие")) {
            String vowel = lower.endsWith("ие") ? "и" : "ы";
            p.oblique(2, vowel + "х", vowel + "м", vowel + "е", vowel + "ми", vowel + "х");
        } else if (!last && (lower.endsWith("ый") || lower.endsWith("ий"))) {
            String vowel = lower.endsWith("ий") ? "и" : "ы";
            p.oblique(2, "ого", "ому", vowel + "й", vowel + "м", "ом");
        } else if (lower.endsWith("ия")) {
            p.oblique(1, "и", "и", "ю", "ей", "и");
        } else if (lower.endsWith("ий")) {
            p.oblique(1, "я", "ю", "й", "ем", "и");
        } else if (end == 'я') {
            p.oblique(1, "и", "е", "ю", "ей", "е");
        } else if (end == 'а' && !isVowel(beforeEnd)) {
            boolean velarOrSibilant = VELARS_AND_SIBILANTS.indexOf(beforeEnd) >= 0;
            boolean sibilant = SIBILANTS.indexOf(beforeEnd) >= 0;
            p.oblique(1, velarOrSibilant ? "и" : "ы", "е", "у", sibilant ? "ей" : "ой", "е");
        } else if (end == 'ы') {
            p.oblique(1, "ов", "ам", "ы", "ами", "ах");
            p.add(GEN, word.substring(0, word.length() - 1));
        } else if (end == 'й') {
            p.oblique(1, "я", "ю", "й", "ем", "е");
        } else if (end == 'ь') {
            p.oblique(1, "я", "ю", "ь", "ем", "е");
            p.oblique(1, "и", "и", "ь", "ью", "и");
        } else if (lower.endsWith("ство")) {
            p.oblique(1, "а", "у", "о", "ом", "е");
        } else if (isConsonant(end)) {
            p.oblique(0, "а", "у", "", SIBILANTS.indexOf(end) >= 0 ? "ем" : "ом", "е");
        }
        return p.forms();
    }

    private static boolean isAdjective(String word, boolean last) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.endsWith("ая") || lower.endsWith("яя") || lower.endsWith("ое") || lower.endsWith("ее")
                || lower.endsWith("ые") || lower.endsWith("ие")
                || (!last && (lower.endsWith("ый") || lower.endsWith("ий")));
    }

    private static boolean isAbbreviation(String word) {
        return word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static boolean isConsonant(char c) {
        return c >= 'а' && c <= 'я' && !isVowel(c) && c != 'й' && c != 'ь';
    }

    private static boolean isVowel(char c) {
        return "аеиоуыэюя".indexOf(c) >= 0;
    }

    /** The forms of one word by case; a case given no form keeps the nominative (indeclinable). */
    private static final class Paradigm {

        private final String word;
        private final List<Set<String>> forms = new ArrayList<>();

        Paradigm(String word) {
            this.word = word;
            for (int c = 0; c < CASES; c++) {
                forms.add(new LinkedHashSet<>());
            }
            forms.get(NOM).add(word);
        }

        List<Set<String>> forms() {
            for (Set<String> caseForms : forms) {
                if (caseForms.isEmpty()) {
                    caseForms.add(word);
                }
            }
            return forms;
        }

        /** Adds the oblique-case forms made by replacing the last {@code cut} chars with the given endings. */
        void oblique(int cut, String gen, String dat, String acc, String ins, String prep) {
            String stem = word.substring(0, word.length() - cut);
            add(GEN, stem + gen);
            add(DAT, stem + dat);
            add(ACC, stem + acc);
            add(INS, stem + ins);
            add(PREP, stem + prep);
        }

        void add(int grammaticalCase, String form) {
            forms.get(grammaticalCase).add(form);
        }
    }
}
