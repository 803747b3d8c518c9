package io.scofacts.core.cases;

import io.scofacts.core.lexicon.LexiconFile;
import io.scofacts.core.text.Han;
import io.scofacts.core.text.SimplifiedChars;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a case or event name as words that say what it is about: each stretch of the name is
 * a concept of {@code lexicon/case-name-words.tsv} (电商 = e-commerce = электронной коммерции),
 * a generic word that says nothing about which case it is (项目, project), or left over, the
 * name's own words (a brand, a place). Longest form first, so 数据中心 is one concept, not
 * 数据 + 中心.
 */
final class NameWords {

    static final String LEXICON = "lexicon/case-name-words.tsv";
    static final String GENERIC = "~";
    private static final int MAX_HAN_FORM = 8;

    /** What one stretch of a name was read as. */
    record Word(String text, String concept, Kind kind) {

        enum Kind {
            CONCEPT, GENERIC, OWN, YEAR
        }
    }

    private final Map<String, String> hanForms = new HashMap<>();
    /** Every folded form of each concept (Latin and Cyrillic forms without their "*"), for references back. */
    private final Map<String, List<String>> formsByConcept = new HashMap<>();
    /** Latin and Cyrillic forms by their first word; longest first within each list. */
    private final Map<String, List<AlphabeticForm>> alphabeticForms = new HashMap<>();

    /** A Latin or Cyrillic form: its words, and for each whether it matches any word it begins ("коммуникационн*"). */
    private record AlphabeticForm(String[] words, boolean[] prefixes, String concept) {
    }

    NameWords() {
        for (String[] row : LexiconFile.read(LEXICON)) {
            boolean prefix = row[1].endsWith("*");
            String form = fold(prefix ? row[1].substring(0, row[1].length() - 1) : row[1]);
            if (form.isEmpty()) {
                throw new IllegalStateException("empty form in " + LEXICON);
            }
            formsByConcept.computeIfAbsent(row[0], k -> new ArrayList<>()).add(form);
            if (isHan(form.charAt(0))) {
                hanForms.put(form, row[0]);
            } else {
                String[] words = form.split(" ");
                alphabeticForms.computeIfAbsent(words[0].substring(0, Math.min(2, words[0].length())), k -> new ArrayList<>())
                        .add(alphabetic(row[1], row[0]));
            }
        }
        alphabeticForms.values().forEach(forms -> forms.sort((a, b) -> Integer.compare(b.words().length, a.words().length)));
    }

    /**
     * Simplified characters, lower case, ё as е; anything that is not a letter or digit becomes
     * a space, and spaces between Han characters (OCR spacing) go.
     */
    static String fold(String name) {
        String simplified = SimplifiedChars.of(Normalizer.normalize(name, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT)
                .replace('ё', 'е');
        StringBuilder out = new StringBuilder(simplified.length());
        for (int i = 0; i < simplified.length(); i++) {
            char c = simplified.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                c = ' ';
            }
            if (c == ' ' && (out.length() == 0 || out.charAt(out.length() - 1) == ' ')) {
                continue;
            }
            out.append(c);
        }
        StringBuilder joined = new StringBuilder(out.length());
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c == ' ' && i > 0 && i + 1 < out.length() && isHan(out.charAt(i - 1)) && isHan(out.charAt(i + 1))) {
                continue;
            }
            joined.append(c);
        }
        return joined.toString().strip();
    }

    /** The words of a folded name, in order. */
    List<Word> read(String folded) {
        List<Word> words = new ArrayList<>();
        StringBuilder own = new StringBuilder();
        int i = 0;
        while (i < folded.length()) {
            char c = folded.charAt(i);
            if (c == ' ') {
                flush(own, words);
                i++;
            } else if (isHan(c)) {
                int end = longestHanForm(folded, i);
                if (end < 0) {
                    own.append(c);
                    i++;
                } else {
                    flush(own, words);
                    String form = folded.substring(i, end);
                    words.add(word(form, hanForms.get(form)));
                    i = end;
                }
            } else {
                flush(own, words);
                i = readAlphabetic(folded, i, words);
            }
        }
        flush(own, words);
        return words;
    }

    /** A lexicon form found in running Chinese text: where it ends and its concept ({@link #GENERIC} if generic). */
    record HanForm(int end, String concept) {
    }

    /** The longest Han form starting at {@code start} of a text in simplified characters, or null. */
    HanForm hanFormAt(String simplified, int start) {
        int end = longestHanForm(simplified, start);
        return end < 0 ? null : new HanForm(end, hanForms.get(simplified.substring(start, end)));
    }

    /** The folded forms of a concept: its words in every language (empty for an unknown concept). */
    List<String> forms(String concept) {
        return concept == null ? List.of() : formsByConcept.getOrDefault(concept, List.of());
    }

    private int longestHanForm(String text, int start) {
        for (int end = Math.min(text.length(), start + MAX_HAN_FORM); end > start; end--) {
            if (hanForms.containsKey(text.substring(start, end))) {
                return end;
            }
        }
        return -1;
    }

    /** Reads the Latin, Cyrillic or digit word at {@code start}; returns where reading goes on. */
    private int readAlphabetic(String text, int start, List<Word> words) {
        int wordEnd = wordEnd(text, start);
        String first = text.substring(start, wordEnd);
        if (first.chars().allMatch(Character::isDigit)) {
            boolean year = first.length() == 4 && (first.startsWith("19") || first.startsWith("20"));
            words.add(new Word(first, null, year ? Word.Kind.YEAR : Word.Kind.OWN));
            return wordEnd;
        }
        List<AlphabeticForm> candidates = alphabeticForms.getOrDefault(first.substring(0, Math.min(2, first.length())), List.of());
        for (AlphabeticForm form : candidates) {
            int end = matchForm(text, start, form);
            if (end > 0) {
                words.add(word(text.substring(start, end), form.concept()));
                return end;
            }
        }
        words.add(new Word(first, null, Word.Kind.OWN));
        return wordEnd;
    }

    /** A form as the lexicon writes it: each word folded, a "*" after any word making it a prefix. */
    private static AlphabeticForm alphabetic(String written, String concept) {
        List<String> words = new ArrayList<>();
        List<Boolean> prefixes = new ArrayList<>();
        for (String raw : written.strip().split("\\s+")) {
            boolean prefix = raw.endsWith("*");
            String folded = fold(prefix ? raw.substring(0, raw.length() - 1) : raw);
            String[] parts = folded.split(" ");
            for (int i = 0; i < parts.length; i++) {
                if (!parts[i].isEmpty()) {
                    words.add(parts[i]);
                    prefixes.add(prefix && i == parts.length - 1);
                }
            }
        }
        boolean[] flags = new boolean[prefixes.size()];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = prefixes.get(i);
        }
        return new AlphabeticForm(words.toArray(String[]::new), flags, concept);
    }

    /** The end of {@code form} matched at {@code start}, or -1. */
    private static int matchForm(String text, int start, AlphabeticForm form) {
        int position = start;
        for (int w = 0; w < form.words().length; w++) {
            if (w > 0) {
                if (position >= text.length() || text.charAt(position) != ' ') {
                    return -1;
                }
                position++;
            }
            if (position >= text.length() || isHan(text.charAt(position))) {
                return -1;
            }
            int end = wordEnd(text, position);
            String word = text.substring(position, end);
            boolean prefixAllowed = form.prefixes()[w];
            if (!(prefixAllowed ? word.startsWith(form.words()[w]) : word.equals(form.words()[w]))) {
                return -1;
            }
            position = end;
        }
        return position;
    }

    /** Where the Latin, Cyrillic or digit word at {@code start} ends (at a space or a Han character). */
    static int wordEnd(String text, int start) {
        int end = start;
        while (end < text.length() && text.charAt(end) != ' ' && !isHan(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static Word word(String text, String concept) {
        return GENERIC.equals(concept) ? new Word(text, null, Word.Kind.GENERIC) : new Word(text, concept, Word.Kind.CONCEPT);
    }

    private static void flush(StringBuilder own, List<Word> words) {
        if (own.length() > 0) {
            words.add(new Word(own.toString(), null, Word.Kind.OWN));
            own.setLength(0);
        }
    }

    static boolean isHan(char c) {
        return Han.isHanScript(c);
    }
}
