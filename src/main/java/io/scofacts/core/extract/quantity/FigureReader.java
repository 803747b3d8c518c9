package io.scofacts.core.extract.quantity;

import java.math.BigDecimal;
import java.util.List;

/**
 * Reads the figure around a number: the approximation word and currency sign before it, the
 * magnitude (万, 亿, billion, млрд), measure word or unit and approximation words after it, and
 * decides whether the whole is a measured quantity at all. Dates, years, ordinals, ids, codes
 * and numbers glued to words are turned away here. Every look-around is bounded.
 */
final class FigureReader {

    private static final int MAX_SPACES = 2;
    private static final int MAX_MAGNITUDE_CHARS = 3;
    private static final int MAX_MODIFIERS = 2;
    /** A bare four-digit number in this range before 年/year is a calendar year. */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;
    /** "三大板块", "十大领域" count major groups; 十九大/二十大 are party congresses. */
    private static final int MIN_BIG = 2;
    private static final int MAX_BIG = 12;
    /** 两国, "the two countries", двух стран name the parties of a meeting, not a count of countries. */
    private static final int MAX_PARTY_COUNTRIES = 3;
    /** Chars that glue a number to an id, URL or phone number when right before it. */
    private static final String ID_MARKS = "/_=@\\&?+#";
    private static final String EXACT = "exact";
    /** How far back an open 《 is looked for. */
    private static final int MAX_TITLE_REACH = 60;

    private final QuantityLexicon lexicon;
    private final UnitRefiner refiner;

    FigureReader(QuantityLexicon lexicon) {
        this.lexicon = lexicon;
        this.refiner = new UnitRefiner(lexicon);
    }

    /** The figure of {@code number}, or null when it measures nothing. */
    Figure read(CharSequence s, NumberToken number) {
        if (!number.measurable() || !standsAlone(s, number)) {
            return null;
        }
        Lead lead = lead(s, number);
        if (lead == null) {
            return null;
        }
        Scaled scaled = scale(s, number, lead.approx());
        UnitFound found = findUnit(s, scaled.end(), number);
        if (found == null && scaled.end() < s.length() && TextChars.isAlphabetic(s.charAt(scaled.end()))) {
            return null; // 5G, 3rd, 41712html: digits glued to a word that is no unit
        }
        UnitWord unitWord = found != null ? found.unit : lead.currency();
        if (unitWord == null) {
            return null;
        }
        String approx = scaled.approx();
        int end = found != null && found.adjacent ? found.end : scaled.end();
        SurfaceIndex.Match<Qualifier> tail = lexicon.qualifiersTail.at(s, TextChars.skipSpaces(s, end, MAX_SPACES));
        if (tail != null) {
            approx = first(approx, tail.value().approx());
            end = tail.end();
        }
        Counted counted = found != null ? counted(s, lead.start(), found, end) : new Counted(unitWord.unit(), -1, -1);
        if (counted == null || !plausible(s, number, scaled, unitWord, found, approx)) {
            return null;
        }
        return new Figure(lead.start(), end, scaled.value().multiply(unitWord.multiplier()), counted.unit(),
                approx == null ? EXACT : approx, counted.subjectStart(), counted.subjectEnd());
    }

    /** What stands before the number: a currency sign ($, 人民币) and an approximation word (约, more than). */
    private record Lead(int start, UnitWord currency, String approx) {
    }

    /** The number times its magnitudes (万, 亿, billion, млрд), where they end, and the approximation so far. */
    private record Scaled(BigDecimal value, int end, String approx, boolean scaled) {
    }

    /** The unit a counted noun decided, and that noun's span (-1 when none). */
    private record Counted(String unit, int subjectStart, int subjectEnd) {
    }

    /** The lead of {@code number}, or null when the number is glued to a word (G20, A380). */
    private Lead lead(CharSequence s, NumberToken number) {
        int start = number.start();
        UnitWord currency = null;
        SurfaceIndex.Match<UnitWord> sign = lexicon.unitsBefore.endingAt(s, TextChars.skipSpacesBack(s, start, MAX_SPACES));
        if (sign != null) {
            currency = sign.value();
            start = sign.start();
        } else if (start > 0 && TextChars.isAlphabetic(s.charAt(start - 1))) {
            return null;
        }
        SurfaceIndex.Match<Qualifier> before = lexicon.qualifiersBefore.endingAt(s, TextChars.skipSpacesBack(s, start, MAX_SPACES));
        return before == null ? new Lead(start, currency, null) : new Lead(before.start(), currency, before.value().approx());
    }

    /** Reads 1500余, 300多万, 10万余, 1.35 billion, 15 тыс.: approximation words around the magnitudes. */
    private Scaled scale(CharSequence s, NumberToken number, String approx) {
        BigDecimal value = number.value();
        int i = number.end();
        SurfaceIndex.Match<Qualifier> after = lexicon.qualifiersAfter.at(s, i);
        if (after != null) {
            approx = first(approx, after.value().approx());
            i = after.end();
        }
        boolean scaled = false;
        for (int m = 0; m < MAX_MAGNITUDE_CHARS && i < s.length() && lexicon.isChineseMultiplier(s.charAt(i))
                && lexicon.unitsAfter.at(s, i) == null; m++) {
            value = value.multiply(BigDecimal.valueOf(lexicon.chineseMultiplier(s.charAt(i))));
            i++;
            scaled = true;
        }
        if (!scaled) {
            SurfaceIndex.Match<BigDecimal> scale = lexicon.scales.at(s, TextChars.skipSpaces(s, i, MAX_SPACES));
            if (scale != null) {
                value = value.multiply(scale.value());
                i = scale.end();
                scaled = true;
            }
        }
        if (scaled && after == null) {
            after = lexicon.qualifiersAfter.at(s, i);
            if (after != null) {
                approx = first(approx, after.value().approx());
                i = after.end();
            }
        }
        return new Scaled(value, i, approx, scaled);
    }

    /**
     * The unit once the counted noun is known: a noun rule of this measure word (二期工程 is no
     * count), the refinement of a generic measure word (21个项目), or the unit word's own unit.
     * Null when a rule says the figure is no quantity.
     */
    private Counted counted(CharSequence s, int figureStart, UnitFound found, int figureEnd) {
        UnitWord unitWord = found.unit;
        for (NounRule rule : lexicon.nounsByMeasureWord.getOrDefault(unitWord.surface(), List.of())) {
            if (startsWith(s, found.end, rule.noun())) {
                return rule.rejects() ? null : new Counted(rule.unit(), -1, -1);
            }
        }
        if (unitWord.has(UnitWord.Flag.GENERIC)) {
            UnitRefiner.Refinement refinement = refiner.refine(s, figureStart, found.end, figureEnd);
            if (refinement != null) {
                return refinement.unit() == null ? null
                        : new Counted(refinement.unit(), refinement.phraseStart(), refinement.phraseEnd());
            }
        }
        return unitWord.has(UnitWord.Flag.NOUN) ? new Counted(unitWord.unit(), found.nounStart, found.end)
                : new Counted(unitWord.unit(), -1, -1);
    }

    /** A unit word after the number and where it ends; {@code adjacent} unless modifier words stand between. */
    private record UnitFound(UnitWord unit, int nounStart, int end, boolean adjacent) {
    }

    private UnitFound findUnit(CharSequence s, int i, NumberToken number) {
        if (i < s.length() && s.charAt(i) == '-') {
            for (SurfaceIndex.Match<UnitWord> match : lexicon.unitsAfter.allAt(s, i + 1)) {
                if (match.value().has(UnitWord.Flag.HYPHEN)) {
                    return new UnitFound(match.value(), match.start(), match.end(), true);
                }
            }
            return null;
        }
        int k = TextChars.skipSpaces(s, i, MAX_SPACES);
        for (SurfaceIndex.Match<UnitWord> match : lexicon.unitsAfter.allAt(s, k)) {
            if (!match.value().has(UnitWord.Flag.CHINESE_NUMERAL) || number.kind() == NumberToken.Kind.CHINESE) {
                return new UnitFound(match.value(), match.start(), match.end(), true);
            }
        }
        if (k == i || k >= s.length() || !TextChars.isAlphabetic(s.charAt(k))) {
            return null;
        }
        // "21 signed projects", "20 крупных проектов": modifier words before a count noun
        int wordStart = k;
        for (int modifiers = 0; modifiers < MAX_MODIFIERS; modifiers++) {
            int wordEnd = modifierEnd(s, wordStart);
            if (wordEnd < 0) {
                return null;
            }
            int next = TextChars.skipSpaces(s, wordEnd, MAX_SPACES);
            if (next == wordEnd || next >= s.length() || TextChars.isLineBreak(s.charAt(wordEnd))) {
                return null;
            }
            SurfaceIndex.Match<UnitWord> noun = lexicon.unitsAfter.at(s, next);
            if (noun != null && noun.value().has(UnitWord.Flag.NOUN)) {
                return new UnitFound(noun.value(), k, noun.end(), false);
            }
            wordStart = next;
        }
        return null;
    }

    /** The end of the modifier word at {@code pos}, or -1 when it is no word that may modify a count noun. */
    private int modifierEnd(CharSequence s, int pos) {
        int end = pos;
        while (end < s.length() && (TextChars.isAlphabetic(s.charAt(end)) || s.charAt(end) == '-')) {
            end++;
        }
        if (end == pos || !TextChars.isAlphabetic(s.charAt(pos))) {
            return -1;
        }
        String word = s.subSequence(pos, end).toString().toLowerCase(java.util.Locale.ROOT);
        return lexicon.modifierStops.contains(word) ? -1 : end;
    }

    /** Turns away numbers that are ranks, references, parts of ids, slogans or vague counts. */
    private boolean standsAlone(CharSequence s, NumberToken number) {
        int start = number.start();
        if (start > 0) {
            char prev = s.charAt(start - 1);
            if (ID_MARKS.indexOf(prev) >= 0 || TextChars.isOpeningMark(prev)) {
                return false;
            }
            if ((prev == '-' || prev == '.') && start > 1 && TextChars.isAlphabetic(s.charAt(start - 2))) {
                return false; // COVID-19, v.2
            }
        }
        if (lexicon.ordinalMarks.endingAt(s, TextChars.skipSpacesBack(s, start, MAX_SPACES)) != null
                || insideTitle(s, start)) {
            return false;
        }
        return !(number.kind() == NumberToken.Kind.CHINESE && lexicon.chinesePlaces.containsKey(s.charAt(start))
                && lexicon.vagueMarks.endingAt(s, start) != null);
    }

    /** Inside 《…》: a figure of a document title (《数字经济发展三年行动计划》) is part of a name. */
    private static boolean insideTitle(CharSequence s, int start) {
        for (int k = start - 1; k >= 0 && start - k <= MAX_TITLE_REACH; k--) {
            char c = s.charAt(k);
            if (c == '《') {
                return true;
            }
            if (c == '》' || TextChars.isLineBreak(c)) {
                return false;
            }
        }
        return false;
    }

    /** The checks that depend on the unit: years, X大, 两国, ordinal series, ones and zeros. */
    private boolean plausible(CharSequence s, NumberToken number, Scaled scaled, UnitWord unit, UnitFound found,
                              String approx) {
        BigDecimal value = scaled.value();
        if (value.signum() == 0) {
            return false;
        }
        if (number.spelledOut() && !scaled.scaled() && value.compareTo(BigDecimal.ONE) == 0) {
            return false; // 一个, 一年, one: articles and idioms far more often than counts
        }
        boolean yearLike = number.kind() == NumberToken.Kind.ARABIC && number.integerDigits() == 4
                && !number.grouped() && !scaled.scaled() && isIntegerBetween(value, FIRST_YEAR, LAST_YEAR);
        if (yearLike && ("year".equals(unit.unit()) || unit.has(UnitWord.Flag.NOUN) && approx == null)) {
            return false; // 2025年, 2025 году; "in 2025 companies …"
        }
        if (found == null) {
            return true;
        }
        int after = found.end;
        if (unit.has(UnitWord.Flag.BIG)) {
            return isIntegerBetween(value, MIN_BIG, MAX_BIG) && after < s.length() && TextChars.isHan(s.charAt(after))
                    && lexicon.notBig.at(s, found.nounStart) == null;
        }
        if ("country".equals(unit.unit()) && number.spelledOut()
                && value.compareTo(BigDecimal.valueOf(MAX_PARTY_COUNTRIES)) <= 0) {
            return false;
        }
        // 二十届三中全会, 十四届二次会议: a session number followed by another ordinal
        return !("session".equals(unit.unit()) && after < s.length() && lexicon.isChineseNumeral(s.charAt(after)));
    }

    private static boolean isIntegerBetween(BigDecimal value, int low, int high) {
        return value.stripTrailingZeros().scale() <= 0
                && value.compareTo(BigDecimal.valueOf(low)) >= 0 && value.compareTo(BigDecimal.valueOf(high)) <= 0;
    }

    private static boolean startsWith(CharSequence s, int pos, String word) {
        if (pos + word.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (s.charAt(pos + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static String first(String current, String candidate) {
        return current != null && !EXACT.equals(current) ? current : candidate;
    }
}
