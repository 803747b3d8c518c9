package io.scofacts.core.extract.organization;

import java.util.List;
import java.util.Set;

/**
 * English organisation names: a capitalised run ending in a head noun ("Tianjin Port Group",
 * "Tsinghua University") or a head followed by "of …" ("Ministry of Digital Development"),
 * with trailing legal forms ("Co., Ltd."). A head alone ("the Ministry") names nothing.
 */
final class EnglishNameFinder {

    private static final int MAX_LEFT = 7;
    private static final int MAX_RIGHT = 8;
    private static final Set<String> CONNECTORS = Set.of("of", "and", "for", "the", "on", "&");
    private static final Set<String> LEFT_CONNECTORS = Set.of("of", "for", "&");
    private static final Set<String> OF_WORDS = Set.of("of", "for", "on");
    private static final Set<String> LEGAL_FORMS = Set.of("Co", "Ltd", "Inc", "LLC", "JSC", "PLC", "Corp");

    private final OrganizationLexicon lexicon;

    EnglishNameFinder(OrganizationLexicon lexicon) {
        this.lexicon = lexicon;
    }

    void find(ArticleScan scan, List<Candidate> out) {
        String m = scan.match;
        List<WordToken> tokens = WordToken.of(m, true);
        int t = 0;
        while (t < tokens.size()) {
            WordToken head = tokens.get(t);
            if (!lexicon.englishHeads.contains(head.text())) {
                t++;
                continue;
            }
            int last = rightmost(m, tokens, t);
            last = withLegalForms(m, tokens, last);
            // a company's legal form ends it: "A Data Hub and Orion Systems Ltd." lists two
            int first = leftmost(scan, tokens, t, !hasLegalForm(tokens, t, last));
            last = withSeat(scan, tokens, t, last);
            while (first < t && (lexicon.englishStops.contains(tokens.get(first).text())
                    || CONNECTORS.contains(tokens.get(first).text()))) {
                first++;
            }
            // "the Company Jinda Anbang … Co., Ltd": a head noun before a name with a head of its own only says what it is
            while (first + 1 < t && lexicon.englishHeads.contains(tokens.get(first).text())
                    && tokens.get(first + 1).isCapitalised() && !lexicon.englishHeads.contains(tokens.get(first + 1).text())
                    && singleSpace(m, tokens.get(first), tokens.get(first + 1))) {
                first++;
            }
            if (first < t || last > t) {
                if (hasNamePart(tokens, first, last) && !namesEventOrVenue(tokens, first, last)) {
                    int start = tokens.get(first).start();
                    int end = endWithDot(m, tokens.get(last));
                    out.add(new Candidate(start, end, country(scan, start, tokens.get(last).end())));
                }
            }
            t = Math.max(t, last) + 1;
        }
    }

    private int leftmost(ArticleScan scan, List<WordToken> tokens, int head, boolean fieldsMayJoin) {
        String m = scan.match;
        int first = head;
        while (first > 0 && head - first < MAX_LEFT) {
            WordToken previous = tokens.get(first - 1);
            if (!singleSpace(m, previous, tokens.get(first))) {
                // "Jinda Anbang (Beijing) Technology Co., Ltd": a Chinese company's seat in brackets inside its name
                if (first >= 2 && previous.isCapitalised() && tokens.get(first - 2).isCapitalised()
                        && m.substring(previous.end(), tokens.get(first).start()).equals(") ")
                        && m.substring(tokens.get(first - 2).end(), previous.start()).equals(" (")) {
                    first -= 2;
                    continue;
                }
                break;
            }
            // "Chairperson of the State Committee": a person's title before "of" holds no part of the name
            boolean connector = LEFT_CONNECTORS.contains(previous.text()) && first - 1 > 0
                    && tokens.get(first - 2).isCapitalised() && singleSpace(m, tokens.get(first - 2), previous)
                    && !lexicon.englishTitles.contains(tokens.get(first - 2).text());
            connector |= fieldsMayJoin && joinsFieldsOfOneName(scan, tokens, first);
            if (!previous.isCapitalised() && !connector) {
                break;
            }
            if (lexicon.englishStops.contains(previous.text())) {
                break;
            }
            first--;
        }
        return first;
    }

    /**
     * "National Development and Reform Commission", "Science and Technology Park": an "and" before
     * the words that lead to the head joins two capitalised words of one name, unless what stands
     * before it is a country, a place, a title or a body of its own ("Kazakhstan and …", "Bank and …").
     */
    private static boolean hasLegalForm(List<WordToken> tokens, int from, int to) {
        for (int i = from; i <= to && i < tokens.size(); i++) {
            if (LEGAL_FORMS.contains(tokens.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    private boolean joinsFieldsOfOneName(ArticleScan scan, List<WordToken> tokens, int first) {
        if (first < 2 || !"and".equals(tokens.get(first - 1).text())) {
            return false;
        }
        WordToken before = tokens.get(first - 2);
        WordToken after = tokens.get(first);
        return before.isCapitalised() && singleSpace(scan.match, before, tokens.get(first - 1))
                && !scan.countryEndsAt(before.end()) && scan.placeEnd(before.start()) < 0
                && !lexicon.englishTitles.contains(before.text()) && !lexicon.englishHeads.contains(before.text())
                && !lexicon.englishHeads.contains(after.text()) && !lexicon.englishStops.contains(before.text());
    }

    private int rightmost(String m, List<WordToken> tokens, int head) {
        int last = head;
        while (last + 1 < tokens.size() && last - head < MAX_RIGHT) {
            WordToken next = tokens.get(last + 1);
            if (!singleSpace(m, tokens.get(last), next)) {
                break;
            }
            if (next.isCapitalised() && (last > head || lexicon.englishHeads.contains(next.text()))
                    && !lexicon.englishStops.contains(next.text())) {
                last++;
                continue;
            }
            boolean allowed = last == head ? OF_WORDS.contains(next.text()) : CONNECTORS.contains(next.text());
            if (allowed && last + 2 < tokens.size() && singleSpace(m, next, tokens.get(last + 2))) {
                WordToken after = tokens.get(last + 2);
                boolean ofThe = "the".equals(after.text()) && OF_WORDS.contains(next.text());
                if (ofThe && last + 3 < tokens.size() && tokens.get(last + 3).isCapitalised()
                        && singleSpace(m, after, tokens.get(last + 3))) {
                    last += 3;
                    continue;
                }
                boolean joinsAnother = !OF_WORDS.contains(next.text()) && runHasHead(tokens, last + 2);
                if (after.isCapitalised() && !lexicon.englishStops.contains(after.text()) && !joinsAnother) {
                    last += 2;
                    continue;
                }
            }
            break;
        }
        return last;
    }

    /**
     * "Embassy of Uzbekistan in Pakistan": a mission's name goes on with the country or place it
     * sits in, when the earlier recognisers found one right after "in".
     */
    private int withSeat(ArticleScan scan, List<WordToken> tokens, int head, int last) {
        if (!lexicon.englishMissionHeads.contains(tokens.get(head).text()) || last == head || last + 2 >= tokens.size()
                || !"in".equals(tokens.get(last + 1).text()) || !singleSpace(scan.match, tokens.get(last), tokens.get(last + 1))
                || !singleSpace(scan.match, tokens.get(last + 1), tokens.get(last + 2))) {
            return last;
        }
        int seatStart = tokens.get(last + 2).start();
        int seatEnd = Math.max(scan.countryEnd(seatStart), scan.placeEnd(seatStart));
        if (seatEnd <= seatStart) {
            return last;
        }
        int seat = last + 2;
        while (seat + 1 < tokens.size() && tokens.get(seat + 1).end() <= seatEnd) {
            seat++;
        }
        return tokens.get(seat).end() == seatEnd ? seat : last;
    }

    /** "Co., Ltd.", "Inc.", ", LLC" after a name belong to it. */
    private static int withLegalForms(String m, List<WordToken> tokens, int last) {
        while (last + 1 < tokens.size() && LEGAL_FORMS.contains(tokens.get(last + 1).text())) {
            String gap = m.substring(tokens.get(last).end(), tokens.get(last + 1).start());
            if (!(gap.equals(" ") || gap.equals(", ") || gap.equals(". ") || gap.equals("., "))) {
                break;
            }
            last++;
        }
        return last;
    }

    private static int endWithDot(String m, WordToken last) {
        boolean abbreviation = LEGAL_FORMS.contains(last.text()) && !"LLC".equals(last.text())
                && !"JSC".equals(last.text()) && !"PLC".equals(last.text());
        return abbreviation && last.end() < m.length() && m.charAt(last.end()) == '.' ? last.end() + 1 : last.end();
    }

    /** Whether the capitalised run starting at token {@code from} holds a head of its own. */
    private boolean runHasHead(List<WordToken> tokens, int from) {
        for (int k = from; k < tokens.size() && k - from < MAX_RIGHT && tokens.get(k).isCapitalised(); k++) {
            if (lexicon.englishHeads.contains(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    private boolean namesEventOrVenue(List<WordToken> tokens, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (lexicon.englishNonOrganization.contains(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    private boolean hasNamePart(List<WordToken> tokens, int first, int last) {
        for (int k = first; k <= last; k++) {
            String word = tokens.get(k).text();
            if (tokens.get(k).isCapitalised() && !lexicon.englishHeads.contains(word)
                    && !LEGAL_FORMS.contains(word) && !lexicon.englishStops.contains(word)
                    && !lexicon.englishGeneric.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean singleSpace(String m, WordToken left, WordToken right) {
        return right.start() - left.end() == 1 && m.charAt(left.end()) == ' ';
    }

    /** The country the name starts with ("Kazakh…" no; "China Development Bank") or ends with ("… of Uzbekistan"). */
    private static String country(ArticleScan scan, int start, int end) {
        if (scan.countryEnd(start) > start) {
            return scan.countryCode(start);
        }
        int countryStart = scan.countryStartEndingAt(end);
        return countryStart >= 0 ? scan.countryCode(countryStart) : null;
    }
}
