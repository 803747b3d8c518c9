package io.scofacts.core.extract.organization;

import io.scofacts.core.text.NameKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * One organisation, one name: a short form (上合组织, SCO, ШОС, or one the story introduces with
 * "（以下简称“X”）" / "(hereinafter X)" / "(далее — X)" or an acronym in brackets) is reported
 * under the full name as the story first writes it, when the story writes the full name too.
 */
final class ShortForms {

    private static final int MAX_ALIAS = 20;
    private static final int MAX_ALIASES = 32;
    private static final int MAX_ACRONYM = 8;
    private static final int MAX_TRANSLATION = 80;
    private static final String ALIAS_OPENERS = " :：—–-“\"«'‘「";
    private static final String ALIAS_CLOSERS = "”\"»'’」)）,，、;；";
    private static final String QUOTE_CLOSERS = "”\"»'’」";
    /** What joins two short forms offered for one name ("“X”或“Y”", "«X» или «Y»", "\"X\" or \"Y\""). */
    private static final List<String> ALTERNATIVE_JOINERS = List.of("或", "、", " or ", " или ", ", ");

    private final OrganizationLexicon lexicon;

    /** Short form to the comparison keys of the full names it stands for. */
    private final Map<String, List<String>> fullKeys = new HashMap<>();

    ShortForms(OrganizationLexicon lexicon) {
        this.lexicon = lexicon;
        lexicon.fullNames.forEach((shortForm, fulls) ->
                fullKeys.put(shortForm, fulls.stream().map(ShortForms::formKey).toList()));
    }

    /** The candidates (sorted, non-overlapping) with short forms renamed and alias mentions added. */
    List<Candidate> resolve(ArticleScan scan, List<Candidate> candidates) {
        Map<String, Candidate> firstByKey = new HashMap<>();
        Map<String, String> keys = new HashMap<>();
        for (Candidate candidate : candidates) {
            String key = keys.computeIfAbsent(matched(scan, candidate), ShortForms::formKey);
            firstByKey.putIfAbsent(key, candidate);
        }
        Map<String, Candidate> byAbbreviatedCountry = withAbbreviatedCountries(scan, candidates);
        Map<String, Candidate> byQuotedName = withLegalForms(scan, candidates);
        List<Candidate> resolved = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            Candidate formal = byQuotedName.get(NameKey.of(written(scan, candidate)));
            if (formal == null || formal == candidate) {
                Candidate full = byAbbreviatedCountry.get(matched(scan, candidate));
                formal = full != null && full.start() < candidate.start() ? full : null;
            }
            resolved.add(formal != null
                    ? new Candidate(candidate.start(), candidate.end(), formal.country(), written(scan, formal))
                    : renamed(scan, candidate, firstByKey));
        }
        return withAliases(scan, resolved);
    }

    /**
     * The names written with a legal form before a quoted name ("АО «Казахтелеком»", "ООО
     * "Яндекс""), by the key of the quoted name alone: the story's other mentions of the quoted
     * name ("компания «Казахтелеком»", "«Казахтелеком»") are the same company.
     */
    private Map<String, Candidate> withLegalForms(ArticleScan scan, List<Candidate> candidates) {
        Map<String, Candidate> byQuotedName = new HashMap<>();
        for (Candidate candidate : candidates) {
            String name = written(scan, candidate);
            int space = name.indexOf(' ');
            if (space > 0 && space + 1 < name.length() && NameQuotes.OPENERS.indexOf(name.charAt(space + 1)) >= 0
                    && Character.isUpperCase(name.charAt(0)) && lexicon.russianLegalForms.contains(name.substring(0, space))) {
                byQuotedName.putIfAbsent(NameKey.of(name.substring(space + 1)), candidate);
            }
        }
        return byQuotedName;
    }

    /**
     * "塔吉克斯坦技术大学" … "塔技术大学": a name opening with a country's full name, written again
     * with the country's one-character abbreviation, is the same body. By the abbreviated form.
     */
    private Map<String, Candidate> withAbbreviatedCountries(ArticleScan scan, List<Candidate> candidates) {
        Map<String, Candidate> byForm = new HashMap<>();
        for (Candidate candidate : candidates) {
            int countryEnd = scan.countryEnd(candidate.start());
            String code = scan.countryCode(candidate.start());
            if (candidate.name() != null || countryEnd - candidate.start() < 2 || countryEnd + 2 > candidate.end() || code == null) {
                continue;
            }
            String rest = scan.match.substring(countryEnd, candidate.end());
            for (char abbreviation : lexicon.countryAbbreviations.getOrDefault(code, List.of())) {
                byForm.putIfAbsent(abbreviation + rest, candidate);
            }
        }
        return byForm;
    }

    private Candidate renamed(ArticleScan scan, Candidate candidate, Map<String, Candidate> firstByKey) {
        String shortForm = scan.match.substring(candidate.start(), candidate.end());
        for (String fullKey : fullKeys.getOrDefault(shortForm, List.of())) {
            Candidate first = firstByKey.get(fullKey);
            if (first != null) {
                return new Candidate(candidate.start(), candidate.end(), first.country(), written(scan, first));
            }
        }
        return candidate;
    }

    private List<Candidate> withAliases(ArticleScan scan, List<Candidate> candidates) {
        String m = scan.match;
        TreeMap<Integer, Candidate> byStart = new TreeMap<>();
        candidates.forEach(candidate -> byStart.put(candidate.start(), candidate));
        Map<String, Candidate> aliases = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            int[] alias = aliasAfter(m, candidate.end());
            if (alias == null && isChinese(m, candidate)) {
                int[] translation = latinTranslationAfter(m, candidate.end());
                if (translation != null && aliases.size() < MAX_ALIASES) {
                    aliases.putIfAbsent(m.substring(translation[0], translation[1]), candidate);
                }
                continue;
            }
            // "(以下简称“X”或“Y”)": each alternative is a short form too
            for (int[] next = alias; next != null && aliases.size() < MAX_ALIASES; next = alternativeAfter(m, next[1])) {
                if (next[1] - next[0] < candidate.length()) {
                    aliases.putIfAbsent(m.substring(next[0], next[1]), candidate);
                }
            }
        }
        for (Map.Entry<String, Candidate> entry : aliases.entrySet()) {
            String alias = entry.getKey();
            Candidate full = entry.getValue();
            String fullName = written(scan, full);
            // the whole story: a headline or source line may use the short form before the text defines it
            for (int at = m.indexOf(alias); at >= 0; at = m.indexOf(alias, at + alias.length())) {
                int end = at + alias.length();
                if (!KnownNameFinder.wholeWord(m, at, end)) {
                    continue;
                }
                Candidate mention = new Candidate(at, end, full.country(), fullName);
                Candidate same = byStart.get(at);
                if (same != null && same.end() == end) {
                    byStart.put(at, mention);
                    continue;
                }
                Map.Entry<Integer, Candidate> before = byStart.floorEntry(at);
                Map.Entry<Integer, Candidate> after = byStart.ceilingEntry(at);
                boolean free = (before == null || !before.getValue().overlaps(mention))
                        && (after == null || !after.getValue().overlaps(mention));
                if (free) {
                    byStart.put(at, mention);
                }
            }
        }
        return new ArrayList<>(byStart.values());
    }

    private static boolean isChinese(String m, Candidate candidate) {
        return candidate.name() == null && ChineseText.isHan(m.charAt(candidate.end() - 1));
    }

    /**
     * "中国电力国际控股公司（China Power International Holding）": the Latin-script name a bracket
     * right after a Chinese name gives is the same body's name in English; {start, end} or null.
     */
    private static int[] latinTranslationAfter(String m, int end) {
        if (end >= m.length() || !ChineseText.isOpenBracket(m.charAt(end))) {
            return null;
        }
        int start = end + 1;
        if (start >= m.length() || !Character.isUpperCase(m.charAt(start)) || m.charAt(start) >= 0x250) {
            return null;
        }
        int at = start;
        while (at < m.length() && at - start <= MAX_TRANSLATION && isLatinNameChar(m.charAt(at))) {
            at++;
        }
        int nameEnd = at;
        while (nameEnd > start && m.charAt(nameEnd - 1) == ' ') {
            nameEnd--;
        }
        return at < m.length() && ChineseText.isCloseBracket(m.charAt(at)) && nameEnd - start >= 2
                ? new int[] {start, nameEnd} : null;
    }

    private static boolean isLatinNameChar(char c) {
        return (c < 0x250 && Character.isLetterOrDigit(c)) || " .,&'-".indexOf(c) >= 0;
    }

    /** The {start, end} of the short form a bracket right after a name introduces, else null. */
    private int[] aliasAfter(String m, int end) {
        int at = end;
        if (at < m.length() && m.charAt(at) == ' ') {
            at++;
        }
        if (at >= m.length() || !ChineseText.isOpenBracket(m.charAt(at))) {
            return null;
        }
        at++;
        int acronymEnd = at;
        while (acronymEnd < m.length() && acronymEnd - at <= MAX_ACRONYM
                && (Character.isUpperCase(m.charAt(acronymEnd)))) {
            acronymEnd++;
        }
        if (acronymEnd - at >= 2 && acronymEnd < m.length() && ChineseText.isCloseBracket(m.charAt(acronymEnd))) {
            return new int[] {at, acronymEnd};
        }
        String marker = markerAt(m, at);
        if (marker == null) {
            return null;
        }
        at += marker.length();
        while (at < m.length() && ALIAS_OPENERS.indexOf(m.charAt(at)) >= 0) {
            at++;
        }
        int aliasEnd = at;
        while (aliasEnd < m.length() && aliasEnd - at <= MAX_ALIAS && ALIAS_CLOSERS.indexOf(m.charAt(aliasEnd)) < 0) {
            aliasEnd++;
        }
        if (aliasEnd == at || aliasEnd - at > MAX_ALIAS || aliasEnd >= m.length()) {
            return null;
        }
        return new int[] {at, aliasEnd};
    }

    /** Another short form offered after the one ending at {@code end} ("…”或“Y”", "…" or "Y""), else null. */
    private static int[] alternativeAfter(String m, int end) {
        int at = end;
        while (at < m.length() && QUOTE_CLOSERS.indexOf(m.charAt(at)) >= 0) {
            at++;
        }
        String joiner = null;
        for (String candidate : ALTERNATIVE_JOINERS) {
            if (m.startsWith(candidate, at)) {
                joiner = candidate;
                break;
            }
        }
        if (joiner == null) {
            return null;
        }
        at += joiner.length();
        if (at >= m.length() || ALIAS_OPENERS.indexOf(m.charAt(at)) < 0) {
            return null;
        }
        while (at < m.length() && ALIAS_OPENERS.indexOf(m.charAt(at)) >= 0) {
            at++;
        }
        int aliasEnd = at;
        while (aliasEnd < m.length() && aliasEnd - at <= MAX_ALIAS && ALIAS_CLOSERS.indexOf(m.charAt(aliasEnd)) < 0) {
            aliasEnd++;
        }
        return aliasEnd > at && aliasEnd - at <= MAX_ALIAS && aliasEnd < m.length() ? new int[] {at, aliasEnd} : null;
    }

    private String markerAt(String m, int at) {
        for (String marker : lexicon.aliasMarkers) {
            if (m.regionMatches(true, at, marker, 0, marker.length())) {
                return marker;
            }
        }
        return null;
    }

    /** The name as the lexicons read it: simplified characters for a traditional story. */
    private static String matched(ArticleScan scan, Candidate candidate) {
        return candidate.name() != null ? candidate.name() : scan.match.substring(candidate.start(), candidate.end());
    }

    private static String written(ArticleScan scan, Candidate candidate) {
        return candidate.name() != null ? candidate.name() : scan.text.substring(candidate.start(), candidate.end());
    }

    /** Russian names compare by word stems, so inflected forms of one name meet. */
    static String formKey(String name) {
        String key = NameKey.of(name);
        boolean cyrillic = key.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
        if (!cyrillic) {
            return key;
        }
        StringBuilder stems = new StringBuilder();
        for (String word : name.toLowerCase(Locale.ROOT).split("\\s+")) {
            stems.append(word, 0, Math.min(5, word.length())).append(' ');
        }
        return stems.toString();
    }
}
