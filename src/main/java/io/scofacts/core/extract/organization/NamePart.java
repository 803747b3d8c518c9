package io.scofacts.core.extract.organization;

import static io.scofacts.core.extract.organization.ChineseText.isHan;
import static io.scofacts.core.extract.organization.ChineseText.isLatinLetter;
import static io.scofacts.core.extract.organization.ChineseText.isOpenBracket;

/**
 * Decides whether the words before a Chinese organisation suffix name a body, and which country:
 * a name needs a proper-name part (a country, place, known body or national cue at its start,
 * Latin letters, a quoted or bracketed part), or, before a strong suffix (有限公司, 研究院 …),
 * specific words that are not just description ("科技有限公司" is no name).
 */
final class NamePart {

    private static final String[] NATIONAL_CUES = {"国家", "全国", "中央", "中华"};
    private static final String COUNTRIES_WORD = "国家";

    private final OrganizationLexicon lexicon;

    NamePart(OrganizationLexicon lexicon) {
        this.lexicon = lexicon;
    }

    Candidate judge(ArticleScan scan, int start, int suffixStart, int end,
                    boolean strong, boolean single, boolean quoted, boolean bracketed) {
        String m = scan.match;
        start = afterPluralCountries(scan, start, suffixStart);
        if (start >= suffixStart) {
            return null;
        }
        String part = m.substring(start, suffixStart);
        String suffix = m.substring(suffixStart, end);
        NameCue cue = cueAt(scan, start, suffixStart);
        String country = cue == null ? null : cue.country();
        boolean proper = cue != null || quoted || containsLatin(part);
        if (bracketed) {
            proper = true;
            if (country == null) {
                country = bracketedPlaceCountry(scan, start, suffixStart);
            }
        }
        if (!proper && strong && part.length() >= 2 && !lexicon.isGenericOnly(part)) {
            proper = true;
        }
        if (!proper) {
            return null;
        }
        if (cue != null && !quoted && !bracketed && !containsLatin(part)) {
            String rest = part.substring(cue.length());
            if (single && cue.kind() != NameCue.Kind.KNOWN && rest.length() < 2) {
                return null;
            }
            if (!strong && cue.isPlace() && rest.isEmpty() && !lexicon.seatSuffixes.contains(suffix)) {
                return null;
            }
            // "中国电信国际有限公司": a registered legal form (有限公司) closes a company's own name,
            // where "中国电信公司" may only describe one
            boolean company = (suffix.endsWith("公司") || suffix.endsWith("集团")) && !suffix.contains("有限");
            if (company && cue.kind() == NameCue.Kind.COUNTRY && (rest.isEmpty() || lexicon.isGenericOnly(rest))) {
                return null;
            }
        }
        return new Candidate(start, end, country);
    }

    /**
     * "上合组织国家物流中心", "成员国政府": what comes after a plural of countries describes the
     * countries' bodies, it names none; "中国国家…" (a country, then 国家) stays.
     */
    private int afterPluralCountries(ArticleScan scan, int start, int limit) {
        String m = scan.match;
        int cut = start;
        for (int at = start; at < limit; at++) {
            if (at > start && m.startsWith(COUNTRIES_WORD, at) && at + COUNTRIES_WORD.length() <= limit
                    && !scan.countryEndsAt(at)) {
                cut = Math.max(cut, at + COUNTRIES_WORD.length());
            }
            String plural = lexicon.pluralCountries.startingAt(m, at);
            if (plural != null && at + plural.length() <= limit) {
                cut = Math.max(cut, at + plural.length());
            }
        }
        return cut;
    }

    /** Whether a country or place name starts at {@code start} and ends by {@code limit}. */
    boolean startsWithPlace(ArticleScan scan, int start, int limit) {
        NameCue cue = cueAt(scan, start, limit);
        return cue != null && cue.isPlace();
    }

    NameCue cueAt(ArticleScan scan, int start, int limit) {
        String m = scan.match;
        int countryEnd = scan.countryEnd(start);
        if (countryEnd > start && countryEnd <= limit) {
            return new NameCue(NameCue.Kind.COUNTRY, countryEnd - start, scan.countryCode(start));
        }
        String known = lexicon.knownNames.startingAt(m, start);
        if (known != null && start + known.length() <= limit && isHan(known.charAt(0))) {
            return new NameCue(NameCue.Kind.KNOWN, known.length(), lexicon.knownCountry.get(known));
        }
        String place = lexicon.placeCues.startingAt(m, start);
        int placeEnd = scan.placeEnd(start);
        if (placeEnd > start && placeEnd <= limit) {
            String country = scan.placeCountry(start);
            if (country == null && place != null) {
                country = lexicon.placeCueCountry.get(place);
            }
            return new NameCue(NameCue.Kind.PLACE, withAdminSuffix(m, placeEnd, limit) - start, country);
        }
        if (place != null && start + place.length() <= limit) {
            return new NameCue(NameCue.Kind.PLACE, withAdminSuffix(m, start + place.length(), limit) - start,
                    lexicon.placeCueCountry.get(place));
        }
        for (String national : NATIONAL_CUES) {
            int after = start + national.length();
            if (m.startsWith(national, start) && after < limit && m.charAt(after) != '级') {
                return new NameCue(NameCue.Kind.NATIONAL, national.length(), "CN");
            }
        }
        return provinceCue(m, start, limit);
    }

    /** "江苏省…", "广西壮族自治区…": a province written with its unit word. */
    private static NameCue provinceCue(String m, int start, int limit) {
        for (int length = 2; length <= 4 && start + length < limit; length++) {
            if (!isHan(m.charAt(start + length - 1))) {
                return null;
            }
            if (m.charAt(start + length) == '省') {
                return new NameCue(NameCue.Kind.PLACE, length + 1, "CN");
            }
            if (m.startsWith("自治区", start + length)) {
                return new NameCue(NameCue.Kind.PLACE, length + 3, "CN");
            }
        }
        return null;
    }

    private static int withAdminSuffix(String m, int end, int limit) {
        if (end < limit && "市省".indexOf(m.charAt(end)) >= 0) {
            return end + 1;
        }
        return end;
    }

    private String bracketedPlaceCountry(ArticleScan scan, int start, int limit) {
        String m = scan.match;
        for (int at = start; at < limit; at++) {
            if (isOpenBracket(m.charAt(at))) {
                NameCue cue = cueAt(scan, at + 1, limit);
                if (cue != null && cue.isPlace()) {
                    return cue.country();
                }
            }
        }
        return null;
    }

    private static boolean containsLatin(String part) {
        for (int i = 0; i < part.length(); i++) {
            if (isLatinLetter(part.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
