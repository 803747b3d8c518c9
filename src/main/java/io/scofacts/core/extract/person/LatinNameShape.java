package io.scofacts.core.extract.person;

import io.scofacts.core.lexicon.LexiconFile;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether capitalised words in Latin letters have the shape of a person's name without any cue
 * beside them: a Chinese name in pinyin (a pinyin surname, then a given name made of one or two
 * pinyin syllables: "Wu Zhengpeng", "Yang Yun", "Zhang Xin-zhu"), or a name with a word ending like
 * a Slavic or Central Asian surname ("Sherzod Shermatov", "Nuria Kutnaeva", "Avazov Nasimjon").
 * Syllables and surnames come from HanLP's pinyin table ({@code lexicon/zh-pinyin.tsv}), the
 * endings from {@code lexicon/person-latin-surname-endings.tsv}.
 */
final class LatinNameShape {

    private static final int MIN_STEM = 2;

    private final Set<String> syllables = new HashSet<>();
    private final Set<String> surnames = new HashSet<>();
    private final List<String> endings;
    /** English head nouns of bodies, projects and events: a name before one is a modifier ("Lu Ban workshops"). */
    private final Set<String> heads = new HashSet<>();

    LatinNameShape() {
        for (String[] row : LexiconFile.read("lexicon/zh-pinyin.tsv")) {
            ("surname".equals(row[1]) ? surnames : syllables).add(row[0]);
        }
        endings = LexiconFile.read("lexicon/person-latin-surname-endings.tsv").stream().map(row -> row[0]).toList();
        LexiconFile.read("lexicon/organization-en-heads.tsv").forEach(row -> heads.add(row[0].toLowerCase(Locale.ROOT)));
        for (String file : List.of("lexicon/project-heads.tsv", "lexicon/event-heads.tsv")) {
            LexiconFile.read(file).stream().filter(row -> "en".equals(row[1])).forEach(row -> heads.add(row[0].toLowerCase(Locale.ROOT)));
        }
        heads.add("workshop");
    }

    /** Whether the word after a name makes it a modifier of a body, project or event ("Lu Ban workshops", "Zhang Heng Center"). */
    boolean isHead(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return heads.contains(lower) || lower.endsWith("s") && heads.contains(lower.substring(0, lower.length() - 1));
    }

    /** Whether the words (as written, two or three) read as a person's name. */
    boolean isPersonName(List<String> words) {
        return words.size() >= 2 && words.size() <= 3 && (isPinyinName(words) || words.stream().anyMatch(this::hasSurnameEnding));
    }

    private boolean isPinyinName(List<String> words) {
        if (words.size() != 2 || !surnames.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            return false;
        }
        String given = words.get(1).toLowerCase(Locale.ROOT).replace("-", "").replace("'", "");
        return isSyllables(given, 2);
    }

    /** Whether {@code text} splits into at most {@code most} pinyin syllables. */
    private boolean isSyllables(String text, int most) {
        if (text.isEmpty()) {
            return true;
        }
        if (most == 0) {
            return false;
        }
        for (int length = Math.min(6, text.length()); length >= 1; length--) {
            if (syllables.contains(text.substring(0, length)) && isSyllables(text.substring(length), most - 1)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasSurnameEnding(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Character.isUpperCase(word.charAt(0)) && lower.chars().allMatch(c -> c >= 'a' && c <= 'z' || c == '-' || c == '\'')
                && endings.stream().anyMatch(e -> lower.endsWith(e) && lower.length() >= e.length() + MIN_STEM + 1);
    }
}
