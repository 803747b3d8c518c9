package io.scofacts.core.extract.quantity;

import io.scofacts.core.lexicon.LexiconFile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Everything the quantity reader knows about words, loaded once from the lexicon files:
 * units and measure words, numerals, approximation words, the nouns that refine generic
 * measure words, and the context words around figures.
 */
final class QuantityLexicon {

    static final String UNITS = "lexicon/units.tsv";
    static final String NUMERALS = "lexicon/quantity-numerals.tsv";
    static final String QUALIFIERS = "lexicon/quantity-qualifiers.tsv";
    static final String NOUNS = "lexicon/quantity-nouns.tsv";
    static final String CONTEXT = "lexicon/quantity-context.tsv";

    final SurfaceIndex<UnitWord> unitsAfter;
    final SurfaceIndex<UnitWord> unitsBefore;

    final Map<Character, Integer> chineseDigits = new HashMap<>();
    final Map<Character, Integer> chinesePlaces = new HashMap<>();
    final Map<Character, Long> chineseMagnitudes = new HashMap<>();
    final Set<Character> chinesePoints = new HashSet<>();
    private final BitSet chineseNumeralChars = new BitSet();
    final Map<String, Integer> numberWords = new HashMap<>();
    final SurfaceIndex<BigDecimal> scales;

    final SurfaceIndex<Qualifier> qualifiersBefore;
    final SurfaceIndex<Qualifier> qualifiersAfter;
    final SurfaceIndex<Qualifier> qualifiersTail;

    final SurfaceIndex<NounRule> refiningNouns;
    final Map<String, List<NounRule>> nounsByMeasureWord = new HashMap<>();

    final SurfaceIndex<String> ordinalMarks;
    final SurfaceIndex<String> vagueMarks;
    final SurfaceIndex<String> nounEnds;
    final SurfaceIndex<String> subjectEnds;
    final SurfaceIndex<String> subjectStarts;
    final SurfaceIndex<String> links;
    final SurfaceIndex<String> notBig;
    final Set<String> modifierStops = new HashSet<>();

    QuantityLexicon() {
        List<SurfaceIndex.Entry<UnitWord>> after = new ArrayList<>();
        List<SurfaceIndex.Entry<UnitWord>> before = new ArrayList<>();
        for (String[] row : LexiconFile.read(UNITS)) {
            UnitWord unit = new UnitWord(row[0], row[1], field(row, 2).isEmpty() ? BigDecimal.ONE
                    : new BigDecimal(row[2]), flags(field(row, 3)));
            var entry = new SurfaceIndex.Entry<>(unit.surface(), unit, unit.has(UnitWord.Flag.CASE),
                    unit.has(UnitWord.Flag.STEM));
            (unit.has(UnitWord.Flag.BEFORE) ? before : after).add(entry);
        }
        unitsAfter = new SurfaceIndex<>(after);
        unitsBefore = new SurfaceIndex<>(before);

        List<SurfaceIndex.Entry<BigDecimal>> scaleWords = new ArrayList<>();
        for (String[] row : LexiconFile.read(NUMERALS)) {
            String surface = row[0];
            switch (row[2]) {
                case "digit" -> chineseDigits.put(surface.charAt(0), Integer.parseInt(row[1]));
                case "unit" -> chinesePlaces.put(surface.charAt(0), Integer.parseInt(row[1]));
                case "magnitude" -> chineseMagnitudes.put(surface.charAt(0), Long.parseLong(row[1]));
                case "point" -> chinesePoints.add(surface.charAt(0));
                case "word" -> numberWords.put(surface.toLowerCase(Locale.ROOT), Integer.parseInt(row[1]));
                case "scale" -> scaleWords.add(new SurfaceIndex.Entry<>(surface, new BigDecimal(row[1]), false, false));
                default -> throw new IllegalStateException(NUMERALS + ": unknown kind " + row[2]);
            }
        }
        scales = new SurfaceIndex<>(scaleWords);
        chineseDigits.keySet().forEach(c -> chineseNumeralChars.set(c));
        chinesePlaces.keySet().forEach(c -> chineseNumeralChars.set(c));
        chineseMagnitudes.keySet().forEach(c -> chineseNumeralChars.set(c));

        Map<Qualifier.Position, List<SurfaceIndex.Entry<Qualifier>>> qualifiers = new HashMap<>();
        for (String[] row : LexiconFile.read(QUALIFIERS)) {
            Qualifier qualifier = new Qualifier(row[0], row[1],
                    Qualifier.Position.valueOf(row[2].toUpperCase(Locale.ROOT)));
            qualifiers.computeIfAbsent(qualifier.position(), p -> new ArrayList<>())
                    .add(new SurfaceIndex.Entry<>(qualifier.surface(), qualifier, false, false));
        }
        qualifiersBefore = new SurfaceIndex<>(qualifiers.getOrDefault(Qualifier.Position.BEFORE, List.of()));
        qualifiersAfter = new SurfaceIndex<>(qualifiers.getOrDefault(Qualifier.Position.AFTER, List.of()));
        qualifiersTail = new SurfaceIndex<>(qualifiers.getOrDefault(Qualifier.Position.TAIL, List.of()));

        List<SurfaceIndex.Entry<NounRule>> refining = new ArrayList<>();
        for (String[] row : LexiconFile.read(NOUNS)) {
            NounRule rule = new NounRule(row[0], "-".equals(row[1]) ? null : row[1],
                    field(row, 2).isEmpty() ? null : row[2]);
            if (rule.measureWord() == null) {
                refining.add(new SurfaceIndex.Entry<>(rule.noun(), rule, true, false));
            } else {
                nounsByMeasureWord.computeIfAbsent(rule.measureWord(), k -> new ArrayList<>()).add(rule);
            }
        }
        refiningNouns = new SurfaceIndex<>(refining);

        Map<String, List<SurfaceIndex.Entry<String>>> roles = new HashMap<>();
        for (String[] row : LexiconFile.read(CONTEXT)) {
            if ("modifier-stop".equals(row[1])) {
                modifierStops.add(row[0].toLowerCase(Locale.ROOT));
            } else {
                roles.computeIfAbsent(row[1], r -> new ArrayList<>())
                        .add(new SurfaceIndex.Entry<>(row[0], row[1], !"link".equals(row[1]), false));
            }
        }
        ordinalMarks = new SurfaceIndex<>(roles.getOrDefault("ordinal", List.of()));
        vagueMarks = new SurfaceIndex<>(roles.getOrDefault("vague", List.of()));
        nounEnds = new SurfaceIndex<>(roles.getOrDefault("noun-end", List.of()));
        subjectEnds = new SurfaceIndex<>(roles.getOrDefault("subject-end", List.of()));
        subjectStarts = new SurfaceIndex<>(roles.getOrDefault("subject-start", List.of()));
        links = new SurfaceIndex<>(roles.getOrDefault("link", List.of()));
        notBig = new SurfaceIndex<>(roles.getOrDefault("not-big", List.of()));
    }

    /** Asked for every char of a text, so answered from a bit set rather than three maps. */
    boolean isChineseNumeral(char c) {
        return chineseNumeralChars.get(c);
    }

    /** A place (十百千) or magnitude (万亿) char: what may follow digits to scale them (5千, 1.2万). */
    boolean isChineseMultiplier(char c) {
        return chinesePlaces.containsKey(c) || chineseMagnitudes.containsKey(c);
    }

    long chineseMultiplier(char c) {
        Integer place = chinesePlaces.get(c);
        return place != null ? place : chineseMagnitudes.get(c);
    }

    private static String field(String[] row, int index) {
        return index < row.length ? row[index] : "";
    }

    private static Set<UnitWord.Flag> flags(String field) {
        Set<UnitWord.Flag> flags = EnumSet.noneOf(UnitWord.Flag.class);
        for (String flag : field.split(",")) {
            if (!flag.isBlank()) {
                flags.add(UnitWord.Flag.valueOf(flag.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
            }
        }
        return Set.copyOf(flags);
    }
}
