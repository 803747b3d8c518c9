package io.scofacts.core.extract.organization;

import io.scofacts.core.lexicon.ChineseWords;
import java.util.ArrayList;
import java.util.List;

/**
 * "津品跨境与塔什干X有限公司签约": a short name joined by 与/和/同 to an organisation found by its
 * suffix, in a clause whose verb is a signing or cooperation verb, is the other party.
 */
final class DealPartyFinder {

    private static final int MAX_PARTY = 10;
    private static final int MIN_PARTY = 2;
    private static final int VERB_WINDOW = 12;
    private static final String JOINERS = "与和同";

    private final OrganizationLexicon lexicon;

    DealPartyFinder(OrganizationLexicon lexicon) {
        this.lexicon = lexicon;
    }

    void find(ArticleScan scan, List<Candidate> suffixed, List<Candidate> out) {
        String m = scan.match;
        List<Candidate> parties = new ArrayList<>();
        for (Candidate organization : suffixed) {
            int joiner = organization.start() - 1;
            if (joiner < 1 || JOINERS.indexOf(m.charAt(joiner)) < 0 || !verbFollows(m, organization.end())) {
                continue;
            }
            int start = joiner;
            while (start > 0 && joiner - start < MAX_PARTY) {
                char c = m.charAt(start - 1);
                if (!(ChineseText.isHan(c) || ChineseText.isLatinLetter(c))
                        || lexicon.stopEndingAt(m, start) != null) {
                    break;
                }
                start--;
            }
            int length = joiner - start;
            if (length < MIN_PARTY || length >= MAX_PARTY || isPlaceOnly(scan, start, joiner)
                    || endsWithSuffix(m, start, joiner)
                    || lexicon.isGenericOnly(m.substring(start, joiner)) || endsInVerb(m, start, joiner)) {
                continue;
            }
            parties.add(new Candidate(start, joiner, null));
        }
        out.addAll(parties);
    }

    /** "由衷期盼与…集团": what ends in a verb ("期盼", by HanLP's dictionary) is a clause, not a party's name. */
    private static boolean endsInVerb(String m, int start, int end) {
        ChineseWords words = ChineseWords.instance();
        for (int length = Math.min(4, end - start); length >= 2; length--) {
            int slot = words.find(m, end - length, end);
            if (slot >= 0) {
                return "v".equals(words.tag(slot));
            }
        }
        return false;
    }

    private boolean verbFollows(String m, int from) {
        for (int at = from; at < m.length() && at - from < VERB_WINDOW; at++) {
            char c = m.charAt(at);
            if (c == '。' || c == '，' || c == ',' || c == '\n') {
                return false;
            }
            if (lexicon.dealVerbs.startingAt(m, at) != null) {
                return true;
            }
        }
        return false;
    }

    /** A party ending in an organisation suffix was judged by the suffix scan already. */
    private boolean endsWithSuffix(String m, int start, int end) {
        for (int at = start; at < end; at++) {
            String suffix = lexicon.chineseSuffixes.startingAt(m, at);
            if (suffix != null && at + suffix.length() == end) {
                return true;
            }
        }
        return false;
    }

    private boolean isPlaceOnly(ArticleScan scan, int start, int end) {
        if (scan.countryEnd(start) == end || scan.placeEnd(start) == end) {
            return true;
        }
        String cue = lexicon.placeCues.startingAt(scan.match, start);
        return cue != null && start + cue.length() >= end - 1;
    }
}
