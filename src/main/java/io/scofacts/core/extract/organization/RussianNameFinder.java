package io.scofacts.core.extract.organization;

import io.scofacts.core.extract.ner.RussianDictionary;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Russian organisation names in any case: a legal form with a quoted name ("ООО «Яндекс»"), or a
 * head noun ("Министерство", "университет", "организации") with the capitalised adjectives before
 * it and the genitive words after it ("Шанхайской организации сотрудничества", "Министерства
 * цифрового развития"), or a lower-case head right before a country or place ("правительства
 * Китая"). A bare head names nothing.
 */
final class RussianNameFinder {

    private static final int MAX_LEFT = 3;
    private static final int MAX_RIGHT = 9;
    private static final int MAX_QUOTED = 80;
    private static final int MAX_ACRONYM = 6;
    /** "Министерство по развитию …", "Агентство по делам …". */
    private static final Set<String> PREPOSITIONS_AFTER_HEAD = Set.of("по");
    private static final Set<String> JOINERS = Set.of("и");

    private final OrganizationLexicon lexicon;

    RussianNameFinder(OrganizationLexicon lexicon) {
        this.lexicon = lexicon;
    }

    void find(ArticleScan scan, List<Candidate> out) {
        String m = scan.match;
        Dictionary dictionary = new Dictionary();
        List<WordToken> tokens = WordToken.of(m, false);
        int t = 0;
        while (t < tokens.size()) {
            WordToken token = tokens.get(t);
            if (isLegalForm(token.text())) {
                int close = quotedNameEnd(m, token.end());
                if (close > 0) {
                    // "АО «…»" is the name; in "компания «…»" the common noun only says what it is
                    boolean commonNoun = Character.isLowerCase(token.text().charAt(0));
                    int quote = token.end() + (m.charAt(token.end()) == ' ' ? 1 : 0);
                    int start = commonNoun ? quote : token.start();
                    out.add(new Candidate(start, close, null));
                    t = firstTokenFrom(tokens, t, close);
                    continue;
                }
            }
            if (!isHead(token.text())) {
                t++;
                continue;
            }
            int first = t;
            while (first > 0 && t - first < MAX_LEFT && adjacent(m, tokens.get(first - 1), tokens.get(first))
                    && isAdjective(tokens.get(first - 1).text()) && canBeAdjective(dictionary, tokens.get(first - 1).text())) {
                first--;
            }
            while (first < t && !tokens.get(first).isCapitalised()) {
                first++;
            }
            int last = t;
            while (last + 1 < tokens.size() && last - t < MAX_RIGHT
                    && (adjacent(m, tokens.get(last), tokens.get(last + 1))
                            || appositionDash(m, tokens.get(last), tokens.get(last + 1)))) {
                WordToken next = tokens.get(last + 1);
                if (JOINERS.contains(next.text()) && last + 2 < tokens.size()
                        && adjacent(m, next, tokens.get(last + 2)) && continuesAfterJoiner(tokens.get(last + 2).text())) {
                    last += 2;
                    continue;
                }
                boolean byWhat = last == t && PREPOSITIONS_AFTER_HEAD.contains(next.text()) && last + 2 < tokens.size()
                        && adjacent(m, next, tokens.get(last + 2)) && isNameWord(tokens.get(last + 2).text());
                if (byWhat) {
                    last += 2;
                    continue;
                }
                // "университет имени академика Осими": after "имени" the person it is named after belongs to the name
                boolean namedAfter = last >= 1 && "имени".equals(tokens.get(last).text().toLowerCase(Locale.ROOT))
                        || last >= 2 && "имени".equals(tokens.get(last - 1).text().toLowerCase(Locale.ROOT))
                        || last >= 3 && "имени".equals(tokens.get(last - 2).text().toLowerCase(Locale.ROOT));
                if (!isNameWord(next.text()) || !namedAfter && endsName(dictionary, next.text())) {
                    break;
                }
                last++;
            }
            int end = tokens.get(last).end();
            int quoted = quotedNameEnd(m, end);
            if (quoted > 0) {
                end = quoted;
            }
            int placeEnd = first == t ? placeRightAfter(scan, m, tokens, t) : -1;
            if (placeEnd > 0 && !token.isCapitalised()) {
                // "правительства Китая", "администрации Екатеринбурга": the body of a named country or place
                out.add(new Candidate(token.start(), placeEnd, scan.countryCode(tokens.get(t + 1).start())));
                t = firstTokenFrom(tokens, t, placeEnd);
                continue;
            }
            boolean capitalised = tokens.get(first).isCapitalised();
            boolean enough = last > first || quoted > 0;
            if (capitalised && enough && !(first == t && sentenceStart(m, token.start()) && last - t < 2 && quoted < 0
                    && !tokens.get(last).isCapitalised())) {
                int start = tokens.get(first).start();
                java.util.Set<String> countries = scan.countriesInside(start, end);
                out.add(new Candidate(start, end, countries.size() == 1 ? countries.iterator().next() : null));
                t = firstTokenFrom(tokens, t, end);
                continue;
            }
            t++;
        }
    }

    /**
     * Whether a word after the head ends the name rather than continuing it, by what the Russian
     * dictionary says it can be: a word that is no noun or adjective (a verb, an adverb: "…
     * Пакистана объясняло"), or a capitalised first name or surname that is no common noun
     * (a person named after the body: "… России Гейдар Джемаль").
     */
    private static boolean endsName(Dictionary dictionary, String word) {
        if (word.isEmpty() || Character.UnicodeBlock.of(word.charAt(0)) != Character.UnicodeBlock.CYRILLIC) {
            return false;
        }
        int classes = dictionary.classes(word);
        if ((classes & RussianDictionary.UNKNOWN) != 0) {
            return false;
        }
        boolean common = (classes & (RussianDictionary.NOUN | RussianDictionary.ADJECTIVE)) != 0;
        boolean name = (classes & (RussianDictionary.FIRST_NAME | RussianDictionary.SURNAME)) != 0;
        return !common && (name ? Character.isUpperCase(word.charAt(0)) : true);
    }

    /**
     * "Совещание руководителей министерств": a noun that ends like an adjective ("-ие", "-ей") is
     * no modifier of the head after it; the dictionary tells them apart where it knows the word.
     */
    private static boolean canBeAdjective(Dictionary dictionary, String word) {
        int classes = dictionary.classes(word);
        return (classes & (RussianDictionary.ADJECTIVE | RussianDictionary.UNKNOWN)) != 0;
    }

    /** The dictionary, read only when a name reaches a word after its head. */
    private static final class Dictionary {

        private RussianDictionary.Reader reader;

        int classes(String word) {
            reader = reader != null ? reader : RussianDictionary.reader();
            return reader.classes(word.toLowerCase(Locale.ROOT).replace('ё', 'е'));
        }
    }

    /** The end of a country or place named right after head token {@code t}, else -1. */
    private static int placeRightAfter(ArticleScan scan, String m, List<WordToken> tokens, int t) {
        if (t + 1 >= tokens.size() || !adjacent(m, tokens.get(t), tokens.get(t + 1))) {
            return -1;
        }
        int next = tokens.get(t + 1).start();
        return Math.max(scan.countryEnd(next), scan.placeEnd(next));
    }

    /**
     * "ООО" as written; "компания" in any letter case; any Cyrillic acronym of two to six capitals
     * (a body's abbreviated kind before its quoted name: "ГУП «Водоканал»", "РИА «Новости»").
     */
    private boolean isLegalForm(String word) {
        return lexicon.russianLegalForms.contains(word)
                || lexicon.russianLegalForms.contains(word.toLowerCase(Locale.ROOT))
                || isCyrillicAcronym(word);
    }

    private static boolean isCyrillicAcronym(String word) {
        if (word.length() < 2 || word.length() > MAX_ACRONYM) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isUpperCase(c) || Character.UnicodeBlock.of(c) != Character.UnicodeBlock.CYRILLIC) {
                return false;
            }
        }
        return true;
    }

    private boolean isHead(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (var stem : lexicon.russianHeadStems.entrySet()) {
            if (lower.startsWith(stem.getKey()) && lower.length() - stem.getKey().length() <= stem.getValue()) {
                return true;
            }
        }
        return false;
    }

    /** "связи и массовых коммуникаций" continues a name; "и компания «…»", "и Евразийского банка" start another. */
    private boolean continuesAfterJoiner(String word) {
        return !Character.isUpperCase(word.charAt(0)) && !isHead(word)
                && !isLegalForm(word) && isNameWord(word);
    }

    private boolean isNameWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lexicon.russianStops.contains(lower) || lower.length() < 3 && !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        if (Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        for (String ending : lexicon.russianEndings.get("short-participle")) {
            if (lower.endsWith(ending)) {
                return false;
            }
        }
        for (String ending : lexicon.russianEndings.get("verb")) {
            if (lower.endsWith(ending)) {
                // "Совет министров иностранных дел": a genitive noun that ends like a verb goes on
                return isAdjective(lower) && !lower.endsWith("ит") && !lower.endsWith("ет")
                        || RussianDictionary.forThisThread().canBeGenitiveNoun(lower.replace('ё', 'е'));
            }
        }
        return true;
    }

    private boolean isAdjective(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String ending : lexicon.russianEndings.get("adjective")) {
            if (lower.length() > ending.length() + 2 && lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end (after the closing mark) of a quoted name starting at most one space after
     * {@code from}, else -1. Russian text on the web quotes names with «…», „…“ or plain "…"
     * (АО "Казахтелеком"); inside other marks than «…» the name starts with a capital or a
     * digit, since those marks also quote speech and words.
     */
    private static int quotedNameEnd(String m, int from) {
        int open = from;
        if (open < m.length() && m.charAt(open) == ' ') {
            open++;
        }
        if (open + 1 >= m.length()) {
            return -1;
        }
        String closers = NameQuotes.closersOf(m.charAt(open));
        char first = m.charAt(open + 1);
        boolean guillemet = m.charAt(open) == '«';
        if (closers == null || !guillemet && !(Character.isUpperCase(first) || Character.isDigit(first))) {
            return -1;
        }
        for (int k = open + 1; k < m.length() && k - open <= MAX_QUOTED; k++) {
            char c = m.charAt(k);
            if (closers.indexOf(c) >= 0) {
                boolean ends = guillemet || k + 1 >= m.length() || !Character.isLetterOrDigit(m.charAt(k + 1));
                return ends && k > open + 1 ? k + 1 : -1;
            }
            if (c == '\n' || c == m.charAt(open)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "государств – членов": a spaced dash between two lower-case plural genitive nouns sets one
     * beside the other (apposition) inside a name, where elsewhere a dash ends it.
     */
    static boolean appositionDash(String m, WordToken left, WordToken right) {
        String gap = m.substring(left.end(), right.start());
        if (!(gap.equals(" – ") || gap.equals(" — ") || gap.equals(" - ")) || left.isCapitalised() || right.isCapitalised()) {
            return false;
        }
        RussianDictionary.Reader dictionary = RussianDictionary.forThisThread();
        return dictionary.canBeGenitivePluralNoun(left.text()) && dictionary.canBeGenitivePluralNoun(right.text());
    }

    private static boolean adjacent(String m, WordToken left, WordToken right) {
        return right.start() - left.end() == 1 && m.charAt(left.end()) == ' ';
    }

    private static boolean sentenceStart(String m, int at) {
        int k = at - 1;
        while (k >= 0 && m.charAt(k) == ' ') {
            k--;
        }
        return k < 0 || ".!?\n«\"".indexOf(m.charAt(k)) >= 0;
    }

    private static int firstTokenFrom(List<WordToken> tokens, int from, int end) {
        int t = from;
        while (t < tokens.size() && tokens.get(t).start() < end) {
            t++;
        }
        return t;
    }
}
