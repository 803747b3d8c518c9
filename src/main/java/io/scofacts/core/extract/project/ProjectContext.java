package io.scofacts.core.extract.project;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.CountryMention;
import io.scofacts.core.extract.OrganizationMention;
import io.scofacts.core.extract.PlaceMention;
import io.scofacts.core.factsheet.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What the story ties to a project: its countries (those inside the name; else those of its
 * sentence outside other projects' names, plus China for a platform or base in a Chinese place)
 * and its parties (the organisations "X与Y合作的/签约" before it in its clause).
 */
final class ProjectContext {

    private static final String[] PARTY_VERBS = {"合作的", "合作建设", "共同建设", "联合打造", "共同打造", "签约", "签署",
        "签订", "共建", "携手"};
    private static final String[] PARTY_LEADS = {"例如", "比如", "其中", "此外", "同时", "如", "由", "在"};
    private static final String PARTY_JOINERS = "与和同";
    private static final int MAX_PARTY = 25;
    private static final int PARTY_REACH = 80;

    private ProjectContext() {
    }

    static List<String> countries(AnalyzedArticle article, EarlierFindings findings, Span span, List<Span> otherNames,
            boolean inChinaUnlessSaid) {
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        for (CountryMention country : findings.countries().inside(span)) {
            codes.add(country.code());
        }
        for (PlaceMention place : findings.places().inside(span)) {
            if (place.country() != null) {
                codes.add(place.country());
            }
        }
        if (!codes.isEmpty()) {
            return List.copyOf(codes);
        }
        Span sentence = sentenceOf(article, span);
        for (CountryMention country : findings.countries().inside(sentence)) {
            if (outside(country.span(), otherNames)) {
                codes.add(country.code());
            }
        }
        for (PlaceMention place : findings.places().inside(sentence)) {
            if (place.country() != null && outside(place.span(), otherNames)) {
                codes.add(place.country());
            }
        }
        if (codes.isEmpty() && inChinaUnlessSaid && findings.setInChina()) {
            codes.add("CN");
        }
        return List.copyOf(codes);
    }

    private static Span sentenceOf(AnalyzedArticle article, Span span) {
        String text = article.original();
        int start = Clauses.sentenceStart(text, span.start());
        int end = Clauses.sentenceEnd(text, span.end());
        return new Span(start, Math.max(start, end));
    }

    private static boolean outside(Span inner, List<Span> others) {
        for (Span other : others) {
            if (other.contains(inner)) {
                return false;
            }
        }
        return true;
    }

    /** The parties "X与Y合作的Z" / "X与Y签约Z": organisations found there, else the names around 与. */
    static List<String> parties(AnalyzedArticle article, EarlierFindings findings, int start) {
        String match = article.view().matchText();
        int clauseStart = Clauses.clauseStart(match, start, PARTY_REACH);
        int verbAt = -1;
        for (int i = start; i > clauseStart && verbAt < 0; i--) {
            String verb = ProjectLexicon.endingWord(match, i, List.of(PARTY_VERBS));
            if (verb != null) {
                verbAt = i - verb.length();
            }
        }
        if (verbAt <= clauseStart) {
            return List.of();
        }
        Span before = article.view().originalSpan(clauseStart, verbAt);
        List<String> parties = new ArrayList<>();
        for (OrganizationMention organization : findings.organizations().inside(before)) {
            if (!parties.contains(organization.name())) {
                parties.add(organization.name());
            }
        }
        if (!parties.isEmpty()) {
            return parties;
        }
        return joinedNames(article, clauseStart, verbAt);
    }

    private static List<String> joinedNames(AnalyzedArticle article, int from, int to) {
        String match = article.view().matchText();
        String lead = ProjectLexicon.startingWord(match, from, List.of(PARTY_LEADS));
        if (lead != null) {
            from += lead.length();
        }
        List<String> names = new ArrayList<>();
        int partStart = from;
        for (int i = from; i <= to; i++) {
            if (i == to || PARTY_JOINERS.indexOf(match.charAt(i)) >= 0) {
                int length = i - partStart;
                if (length < 2 || length > MAX_PARTY || !plainName(match, partStart, i)) {
                    return List.of();
                }
                names.add(article.view().originalText(partStart, i));
                partStart = i + 1;
            }
        }
        return names.size() >= 2 ? names : List.of();
    }

    private static boolean plainName(String match, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = match.charAt(i);
            if (!Character.isLetterOrDigit(c) && "()（）·-& ".indexOf(c) < 0 || c == '的') {
                return false;
            }
        }
        return true;
    }
}
