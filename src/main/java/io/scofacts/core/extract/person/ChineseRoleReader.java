package io.scofacts.core.extract.person;

import io.scofacts.core.extract.OrganizationMention;
import io.scofacts.core.text.NormalizedText;

/**
 * Reads the role phrase written before a Chinese name: [affiliation][title]NAME. The title
 * ends in a title word right before the name ("院长"); the affiliation is the organisation
 * that ends before it (one the organisation recogniser found, else text ending in an
 * organisation ending, a whole body's ending preferred to a department's), and everything
 * between the two is the title ("国家数据局数据资源司负责人" → 国家数据局 / 数据资源司负责人).
 * When several roles are listed with "、", the first is read ("…部前部长、…区原主席X").
 */
final class ChineseRoleReader {

    private static final int MAX_PHRASE = 40;
    private static final int MAX_TITLE_PHRASE = 24;
    private static final int MAX_LISTED_ROLES = 3;
    private static final String PHRASE_STOPS = "。!?;,:、\n“”\"「」『』《》 的";

    private final PersonLexicon lexicon;

    ChineseRoleReader(PersonLexicon lexicon) {
        this.lexicon = lexicon;
    }

    Role read(NormalizedText view, NearbyMentions nearby, int nameStart) {
        String m = view.matchText();
        int end = nameStart;
        while (end > 0 && nameStart - end < 2 && m.charAt(end - 1) == ' ') {
            end--;
        }
        Role role = readEndingAt(view, nearby, end);
        for (int listed = 0; role != Role.NONE && listed < MAX_LISTED_ROLES; listed++) {
            int phraseStart = phraseStart(m, end);
            if (phraseStart < 1 || m.charAt(phraseStart - 1) != '、') {
                break;
            }
            Role earlier = readEndingAt(view, nearby, phraseStart - 1);
            // "中方代表、商务部副部长X": an earlier role without a body says less than the later one.
            if (earlier.affiliation() == null) {
                break;
            }
            role = earlier;
            end = phraseStart - 1;
        }
        return role;
    }

    /**
     * The affiliation as written beside the name: the organisation recogniser names a short form
     * (上合组织) by the full name the story gave earlier, the title phrase keeps the short form.
     */
    private static String asWritten(NormalizedText view, OrganizationMention organization) {
        String written = view.original().substring(organization.span().start(), organization.span().end());
        return written.codePoints().noneMatch(Character::isWhitespace) ? written : organization.name();
    }

    private Role readEndingAt(NormalizedText view, NearbyMentions nearby, int end) {
        String m = view.matchText();
        int titleLength = lexicon.chineseTitles.longestEndingAt(m, end, 0);
        if (titleLength == 0) {
            return Role.NONE;
        }
        int titleStart = end - titleLength;
        int phraseStart = phraseStart(m, titleStart);
        int bodyEnd = recognisedBodyEnd(view, nearby, phraseStart, titleStart);
        String body = null;
        OrganizationMention organization = null;
        if (bodyEnd >= 0) {
            organization = latestInside(view, nearby, phraseStart, bodyEnd);
            body = asWritten(view, organization);
        } else {
            bodyEnd = lexiconBodyEnd(m, phraseStart, titleStart);
            if (bodyEnd > 0) {
                body = view.text().substring(phraseStart, bodyEnd).strip();
            }
        }
        if (body == null || end - bodyEnd > MAX_TITLE_PHRASE) {
            bodyEnd = titleStart;
        }
        String title = view.text().substring(bodyEnd, end).strip();
        if (body != null && isSelfReference(body)) {
            body = nearby.publisher();
        }
        String country = organization != null ? organization.country() : null;
        if (country == null) {
            country = countryIn(view, nearby, phraseStart, end);
        }
        return new Role(title.isEmpty() ? null : title, body, country);
    }

    private int phraseStart(String m, int from) {
        int start = from;
        int depth = 0;
        while (start > 0 && from - start < MAX_PHRASE) {
            char c = m.charAt(start - 1);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (PHRASE_STOPS.indexOf(c) >= 0 || opensPhrase(m, start)) {
                break;
            }
            start--;
        }
        return start;
    }

    /** Whether a lead word ("据", "正如") opening a sentence part ends at {@code at}; in "数据局" 据 is no lead. */
    private boolean opensPhrase(String m, int at) {
        int lead = lexicon.leads.longestEndingAt(m, at, 0);
        return lead > 0 && (at - lead == 0 || !ChineseNameFinder.isHan(m.charAt(at - lead - 1)));
    }

    /** The view end of the latest-ending organisation found inside {@code [from, to)}, or -1. */
    private int recognisedBodyEnd(NormalizedText view, NearbyMentions nearby, int from, int to) {
        OrganizationMention best = latestInside(view, nearby, from, to);
        if (best == null) {
            return -1;
        }
        for (int i = to; i > from; i--) {
            if (view.originalOffset(i - 1) + 1 == best.span().end()) {
                return i;
            }
        }
        return -1;
    }

    /** The organisation inside {@code [from, to)} that ends last, the longest of those. */
    private static OrganizationMention latestInside(NormalizedText view, NearbyMentions nearby, int from, int to) {
        if (from >= to) {
            return null;
        }
        OrganizationMention best = null;
        for (OrganizationMention organization : nearby.organizationsInside(view.originalSpan(from, to))) {
            if (best == null || organization.span().end() > best.span().end()
                    || organization.span().end() == best.span().end() && organization.span().start() < best.span().start()) {
                best = organization;
            }
        }
        return best;
    }

    /** The end of the text before the title that ends in an organisation ending, or -1. */
    private int lexiconBodyEnd(String m, int from, int to) {
        int strong = -1;
        int weak = -1;
        for (int e = from + 2; e <= to; e++) {
            int length = lexicon.organizationEndings.longestEndingAt(m, e, from);
            if (length > 0 && e - length > from) {
                if ("strong".equals(lexicon.organizationEndings.valueOf(m, e - length, e))) {
                    strong = e;
                } else {
                    weak = e;
                }
            }
        }
        return strong > 0 ? strong : weak;
    }

    /** "本报", "本台": the publication itself. */
    private boolean isSelfReference(String body) {
        return body.length() == 2 && body.charAt(0) == '本'
                && lexicon.organizationEndings.valueOf(body, 1, 2) != null;
    }

    private static String countryIn(NormalizedText view, NearbyMentions nearby, int from, int to) {
        return from < to ? nearby.countryInside(view.originalSpan(from, to)) : null;
    }
}
