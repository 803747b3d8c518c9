package io.scofacts.core.extract.project;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.CountryMention;
import io.scofacts.core.extract.PlaceMention;
import io.scofacts.core.extract.project.ProjectLexicon.Head;
import io.scofacts.core.extract.project.ProjectLexicon.Kind;
import io.scofacts.core.factsheet.Span;
import io.scofacts.core.lexicon.ChineseWords;
import java.util.ArrayList;
import java.util.List;

/**
 * Chinese project names: a name ending in a head noun (项目, 平台, 基地, 产业园 …) scanned leftwards
 * to the nearest boundary word or punctuation, kept only with evidence that it names one project:
 * a country, Latin brand or quoted part inside it, a project verb before or after it ("共建X",
 * "X上线"), or a case list it belongs to ("A、B等标杆项目"). Members of one list share their evidence.
 */
final class ChineseProjectNames {

    private static final int MAX_NAME_LENGTH = 30;
    private static final int MIN_MODIFIER_LENGTH = 2;
    private static final int VERB_REACH = 40;
    private static final int LIST_REACH = 100;
    private static final int CASE_NOUN_REACH = 15;
    private static final int BRACKET_TAIL = 8;
    private static final String[] PARTNER_VERBS = {"合作的", "合作建设", "合作实施", "联合实施"};
    private static final String CLASSIFIERS = "个座家所批项处";
    private static final String NUMERALS = "一二两三四五六七八九十百千万余多几";
    private static final String LIST_SEPARATORS_ONE = "、和及与";
    private static final String[] ENUMERATORS = {"即", "包括", "例如", "如", "分别是", "其中", "主要有"};

    private final ProjectLexicon lexicon;

    ChineseProjectNames(ProjectLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A name with what speaks for it; evidence fields are filled in two passes (own, then the list's). */
    private static final class Draft {
        final int start;
        final int end;
        final int headStart;
        final Kind kind;
        boolean signal;
        boolean verb;
        boolean built;
        boolean listed;
        boolean organization;
        boolean party;

        Draft(int start, int end, int headStart, Kind kind) {
            this.start = start;
            this.end = end;
            this.headStart = headStart;
            this.kind = kind;
        }
    }

    List<ProjectCandidate> find(AnalyzedArticle article, EarlierFindings findings) {
        String match = article.view().matchText();
        List<Draft> drafts = new ArrayList<>();
        for (Head head : lexicon.heads) {
            if (!"zh".equals(head.language())) {
                continue;
            }
            String word = head.word();
            for (int at = match.indexOf(word); at >= 0; at = match.indexOf(word, at + word.length())) {
                Draft draft = draft(article, findings, match, at, head);
                if (draft != null) {
                    drafts.add(draft);
                }
            }
        }
        drafts.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(b.end, a.end));
        shareListEvidence(match, drafts);
        List<ProjectCandidate> accepted = new ArrayList<>();
        for (Draft draft : drafts) {
            if (accept(draft)) {
                accepted.add(new ProjectCandidate(draft.start, draft.end, draft.kind, null));
            }
        }
        return accepted;
    }

    private Draft draft(AnalyzedArticle article, EarlierFindings findings, String match, int at, Head head) {
        int end = at + head.word().length();
        if (lexicon.headBlockersSet.startingAt(match, end) != null
                || ProjectLexicon.startingWord(match, end, lexicon.headOnlyBlockers.getOrDefault(head.word(), List.of())) != null
                || continuesWithHead(match, end)
                || precededByLongerHead(match, at, head)
                || head.alsoVerb() && verbFollows(match, end)) {
            return null;
        }
        end = afterBracketedPlace(match, end);
        if (end < match.length() && match.charAt(end) == '》') {
            return null;
        }
        int start = nameStart(match, at, end);
        if (start < 0 || (start > 0 && match.charAt(start - 1) == '《')) {
            return null;
        }
        start = afterLeadingVerbs(article, findings, match, start, at);
        if (splitsAWord(match, start)) {
            return null;
        }
        if (ProjectLexicon.endsWithAny(match, start, List.of("等", "等等")) || counted(match, start)) {
            return null;
        }
        String modifier = withoutTrailingCompoundVerbs(match.substring(start, at));
        Span span = article.view().originalSpan(start, end);
        boolean joinsCountries = head.kind() == Kind.LINK && countriesInside(findings, span) >= 2;
        if (!joinsCountries && (visibleLength(modifier) - countryLength(findings, span) < MIN_MODIFIER_LENGTH
                || lexicon.isGeneric(modifier, countrySurfacesInside(article, findings, span)))) {
            return null;
        }
        Draft draft = new Draft(start, end, at, head.kind());
        draft.signal = joinsCountries || hasLatin(modifier) || hasQuotedPart(modifier) || hasCountry(findings, span)
                || opensWithBrand(findings, modifier);
        draft.built = verbBefore(match, start);
        draft.verb = draft.built || verbAfter(match, end)
                || (head.kind() == Kind.PROJECT && partnersBefore(match, start));
        draft.listed = listedAsCase(match, end);
        draft.organization = isOrganization(findings, span);
        draft.party = standsAsParty(match, end);
        if (!draft.signal && hasChinesePlace(findings, span) && head.kind() == Kind.PROJECT) {
            draft.signal = true;
        }
        return draft;
    }

    /**
     * "学员走进哈萨克斯坦鲁班工坊": a verb (by HanLP's dictionary) right before the country or place
     * inside the name says what is done with the project; the name starts at the country.
     */
    private static int afterLeadingVerbs(AnalyzedArticle article, EarlierFindings findings, String match, int start, int headStart) {
        Span span = article.view().originalSpan(start, headStart);
        int opening = -1;
        for (CountryMention country : findings.countries().inside(span)) {
            int at = article.view().viewIndexOf(country.span().start());
            opening = opening < 0 ? at : Math.min(opening, at);
        }
        for (PlaceMention place : findings.places().inside(span)) {
            int at = article.view().viewIndexOf(place.span().start());
            opening = opening < 0 ? at : Math.min(opening, at);
        }
        if (opening <= start || opening >= headStart) {
            return start;
        }
        ChineseWords words = ChineseWords.instance();
        for (int length = Math.min(4, opening - start); length >= 2; length--) {
            int slot = words.find(match, opening - length, opening);
            if (slot >= 0) {
                return isVerbOrAdverbTag(words.tag(slot)) ? opening : start;
            }
        }
        return start;
    }

    private static boolean isVerbOrAdverbTag(String tag) {
        return tag.startsWith("v") || tag.equals("d") || tag.equals("ad") || tag.startsWith("p");
    }

    /** "推动项目按计划开工": a name whose first char ends the dictionary word before it ("项目") is a fragment. */
    private static boolean splitsAWord(String match, int start) {
        if (start < 1 || start + 2 > match.length() || !Character.isLetter(match.charAt(start - 1))) {
            return false;
        }
        ChineseWords words = ChineseWords.instance();
        return words.find(match, start - 1, start + 1) >= 0 && words.find(match, start, start + 2) < 0;
    }

    /** "吉利卫星计划发射72颗卫星": a verb (by HanLP's dictionary) right after a head that is also a verb. */
    private static boolean verbFollows(String match, int end) {
        ChineseWords words = ChineseWords.instance();
        if (end >= match.length()) {
            return false;
        }
        for (int length = Math.min(4, words.longestAt(match, end, match.length())); length >= 2; length--) {
            int slot = words.find(match, end, end + length);
            if (slot >= 0) {
                return "v".equals(words.tag(slot));
            }
        }
        return false;
    }

    /** "改造工程" alone says what is done, not which project: the words before the verbs must name it. */
    private String withoutTrailingCompoundVerbs(String modifier) {
        String rest = modifier;
        for (boolean cut = true; cut;) {
            cut = false;
            for (String verb : lexicon.compoundVerbs) {
                if (rest.endsWith(verb)) {
                    rest = rest.substring(0, rest.length() - verb.length());
                    cut = true;
                }
            }
        }
        return rest;
    }

    /** "建成12个数字工坊": a counted head names a kind of thing, not one project. */
    private static boolean counted(String match, int start) {
        if (start < 2 || CLASSIFIERS.indexOf(match.charAt(start - 1)) < 0) {
            return false;
        }
        char before = match.charAt(start - 2);
        return Character.isDigit(before) || NUMERALS.indexOf(before) >= 0;
    }

    private boolean continuesWithHead(String match, int end) {
        for (Head head : lexicon.heads) {
            if ("zh".equals(head.language()) && match.startsWith(head.word(), end)) {
                return true;
            }
        }
        return false;
    }

    /** "示范园区" is read once, from its longest head. */
    private boolean precededByLongerHead(String match, int at, Head head) {
        for (Head other : lexicon.heads) {
            String word = other.word();
            if (!"zh".equals(other.language()) || word.length() <= head.word().length() || !word.endsWith(head.word())) {
                continue;
            }
            int otherStart = at + head.word().length() - word.length();
            if (otherStart >= 0 && match.startsWith(word, otherStart)) {
                return true;
            }
        }
        return false;
    }

    /** "产业园(天津)": a short bracket right after the head belongs to the name. */
    private static int afterBracketedPlace(String match, int end) {
        if (end >= match.length() || (match.charAt(end) != '(' && match.charAt(end) != '（')) {
            return end;
        }
        int limit = Math.min(match.length(), end + BRACKET_TAIL);
        for (int i = end + 1; i < limit; i++) {
            char c = match.charAt(i);
            if (c == ')' || c == '）') {
                return i > end + 1 ? i + 1 : end;
            }
            if (!Character.isLetter(c)) {
                return end;
            }
        }
        return end;
    }

    private int nameStart(String match, int headStart, int end) {
        int start = headStart;
        int compoundEnd = headStart;
        while (start > 0 && end - start < MAX_NAME_LENGTH) {
            char c = match.charAt(start - 1);
            String stop = lexicon.stopsSet.endingAt(match, start);
            if (stop != null && start == compoundEnd && lexicon.compoundVerbs.contains(stop)) {
                start -= stop.length();
                compoundEnd = start;
                continue;
            }
            if (!isNameChar(c) || stop != null || isAppositionDash(match, start - 1)) {
                break;
            }
            start--;
        }
        start = afterUnpaired(match, start, headStart, "(（", ")）");
        start = afterUnpaired(match, start, headStart, "“「‘", "”」’");
        while (start < headStart && isOpeningQuote(match.charAt(start)) && !closesBefore(match, start, headStart)) {
            start++;
        }
        return afterLeadingDate(match, start, headStart);
    }

    /** "20日中乌电商平台": a day, month or year written before the name is no part of it. */
    private static int afterLeadingDate(String match, int start, int headStart) {
        int i = start;
        while (i < headStart && Character.isDigit(match.charAt(i))) {
            i++;
        }
        if (i > start && i < headStart && "年月日号".indexOf(match.charAt(i)) >= 0) {
            return afterLeadingDate(match, i + 1, headStart);
        }
        return start;
    }

    /** Brackets and quotes belong to a name only in pairs; an unpaired one ends the words before it. */
    private static int afterUnpaired(String text, int start, int end, String openers, String closers) {
        int depth = 0;
        int lastUnclosedOpener = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (openers.indexOf(c) >= 0) {
                if (depth == 0) {
                    lastUnclosedOpener = i;
                }
                depth++;
            } else if (closers.indexOf(c) >= 0) {
                if (depth == 0) {
                    start = i + 1;
                } else {
                    depth--;
                }
            }
        }
        if (depth > 0 && lastUnclosedOpener >= start) {
            start = lastUnclosedOpener + 1;
        }
        return start;
    }

    private static boolean isOpeningQuote(char c) {
        return c == '“' || c == '「' || c == '‘';
    }

    private static boolean closesBefore(String text, int from, int end) {
        for (int i = from + 1; i < end; i++) {
            char c = text.charAt(i);
            if (c == '”' || c == '」' || c == '’') {
                return true;
            }
        }
        return false;
    }

    /**
     * "中亚首家鲁班工坊——塔吉克斯坦鲁班工坊": a double dash (破折号) sets off what the words before
     * it describe; a single dash joins the parts of one name ("中国—上合组织").
     */
    private static boolean isAppositionDash(String match, int at) {
        return isDash(match.charAt(at)) && at > 0 && isDash(match.charAt(at - 1));
    }

    private static boolean isDash(char c) {
        return c == '—' || c == '–';
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || "·()（）-—“”「」‘’".indexOf(c) >= 0;
    }

    private static int visibleLength(String modifier) {
        int n = 0;
        for (int i = 0; i < modifier.length(); i++) {
            if (Character.isLetterOrDigit(modifier.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static boolean hasLatin(String modifier) {
        for (int i = 0; i < modifier.length(); i++) {
            char c = modifier.charAt(i);
            if (c < 128 && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    /** "青岛港“绿色智联”码头": a quoted brand inside the name, not the whole modifier quoted as a slogan. */
    private static boolean hasQuotedPart(String modifier) {
        int open = modifier.indexOf('“');
        int close = modifier.indexOf('”');
        if (open < 0) {
            open = modifier.indexOf('「');
            close = modifier.indexOf('」');
        }
        return open >= 0 && close > open + 1;
    }

    /** The country names inside the span, so "乌兹别克斯坦计划" is no name. */
    private static List<String> countrySurfacesInside(AnalyzedArticle article, EarlierFindings findings, Span span) {
        List<String> surfaces = new ArrayList<>();
        for (CountryMention country : findings.countries().inside(span)) {
            surfaces.add(country.surface());
        }
        return surfaces;
    }

    /** How many characters of the span the countries inside it take ("烏茲別克斯坦計劃" is all country). */
    private static int countryLength(EarlierFindings findings, Span span) {
        int length = 0;
        for (CountryMention country : findings.countries().inside(span)) {
            length += country.span().length();
        }
        return length;
    }

    private static boolean opensWithBrand(EarlierFindings findings, String modifier) {
        for (String brand : findings.brands()) {
            if (modifier.startsWith(brand) && modifier.length() > brand.length()) {
                return true;
            }
        }
        return false;
    }

    /** How many different countries the span names ("中吉乌" is three). */
    private static int countriesInside(EarlierFindings findings, Span span) {
        return (int) findings.countries().inside(span).stream().map(CountryMention::code).distinct().count();
    }

    private static boolean hasCountry(EarlierFindings findings, Span span) {
        return !findings.countries().inside(span).isEmpty();
    }

    private static boolean hasChinesePlace(EarlierFindings findings, Span span) {
        for (PlaceMention place : findings.places().inside(span)) {
            if ("CN".equals(place.country())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOrganization(EarlierFindings findings, Span span) {
        return findings.organizations().covers(span);
    }

    /** A project verb earlier in the clause, or in the clause before when this one opens with 即/包括 …. */
    private boolean verbBefore(String match, int start) {
        int from = Clauses.clauseStart(match, start, VERB_REACH);
        String opening = match.substring(from, Math.min(start, from + 4));
        for (String enumerator : ENUMERATORS) {
            if (opening.startsWith(enumerator) && from > 0) {
                from = Clauses.clauseStart(match, from - 1, VERB_REACH);
                break;
            }
        }
        from = Math.max(from, start - VERB_REACH);
        for (int i = start; i > from; i--) {
            if (lexicon.verbsBeforeSet.endingAt(match, i) != null) {
                return true;
            }
        }
        return false;
    }

    /** "与乌兹别克斯坦合作的X项目": a project done with a named partner. */
    private static boolean partnersBefore(String match, int start) {
        int from = Clauses.clauseStart(match, start, VERB_REACH);
        String clause = match.substring(from, start);
        for (String verb : PARTNER_VERBS) {
            int at = clause.lastIndexOf(verb);
            if (at > 0 && (clause.lastIndexOf('与', at) >= 0 || clause.lastIndexOf('同', at) >= 0)) {
                return true;
            }
        }
        return false;
    }

    private boolean verbAfter(String match, int end) {
        int at = end;
        for (String adverb = lexicon.adverbsSet.startingAt(match, at); adverb != null;
                adverb = lexicon.adverbsSet.startingAt(match, at)) {
            at += adverb.length();
        }
        String verb = lexicon.verbsAfterSet.startingAt(match, at);
        if (verb == null) {
            return false;
        }
        int after = at + verb.length();
        return !(match.startsWith("会", after) || match.startsWith("仪式", after));
    }

    /** "A、B等标杆项目" / "A、B等5个案例入选": the list the name stands in closes with 等 and a case noun. */
    private boolean listedAsCase(String match, int end) {
        int limit = Math.min(match.length(), end + LIST_REACH);
        for (int i = end; i < limit; i++) {
            char c = match.charAt(i);
            if (Clauses.isClauseEnd(c)) {
                return false;
            }
            if (c == '等') {
                int nounLimit = Math.min(match.length(), i + 1 + CASE_NOUN_REACH);
                for (int j = i + 1; j < nounLimit && !Clauses.isClauseEnd(match.charAt(j)); j++) {
                    if (lexicon.caseNounsSet.startingAt(match, j) != null) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** "X基地与11家企业签署协议": the name is a party to a signing, not what is signed. */
    private static boolean standsAsParty(String match, int end) {
        if (end >= match.length() || "与同和".indexOf(match.charAt(end)) < 0) {
            return false;
        }
        int clauseEnd = Clauses.clauseEnd(match, end);
        String rest = match.substring(end, clauseEnd);
        return rest.contains("签署") || rest.contains("签订") || rest.contains("签约") || rest.contains("合作协议");
    }

    /** Names joined by 、/和/及/与 (nothing else between) share verb and list evidence. */
    private static void shareListEvidence(String match, List<Draft> drafts) {
        int groupStart = 0;
        for (int i = 1; i <= drafts.size(); i++) {
            boolean joined = i < drafts.size() && joins(match, drafts.get(i - 1), drafts.get(i));
            if (!joined) {
                boolean verb = false;
                boolean built = false;
                boolean listed = false;
                for (int k = groupStart; k < i; k++) {
                    verb |= drafts.get(k).verb;
                    built |= drafts.get(k).built;
                    listed |= drafts.get(k).listed;
                }
                for (int k = groupStart; k < i; k++) {
                    drafts.get(k).verb = verb;
                    drafts.get(k).built = built;
                    drafts.get(k).listed = listed;
                }
                groupStart = i;
            }
        }
    }

    private static boolean joins(String match, Draft left, Draft right) {
        if (right.start < left.end) {
            return false;
        }
        String gap = match.substring(left.end, right.start);
        return (gap.length() == 1 && LIST_SEPARATORS_ONE.indexOf(gap.charAt(0)) >= 0) || gap.equals("以及");
    }

    private static boolean accept(Draft draft) {
        if (draft.party) {
            return false;
        }
        boolean context = draft.verb || draft.listed;
        // what an organisation recogniser also found is a project only when listed as a case or being built
        if (draft.organization && !draft.listed && !draft.built) {
            return false;
        }
        return switch (draft.kind) {
            case PROJECT -> draft.signal || context;
            case FACILITY, LINK -> draft.signal || context;
            case AMBIGUOUS -> context;
        };
    }
}
