package io.scofacts.core.extract.organization;

import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.NameCandidate;
import java.util.List;
import java.util.Set;

/**
 * Judges the organisations the statistical tagger proposes in a Russian story. A name must hold
 * a capital letter, a digit or a quoted part ("федерального правительства" names no one body);
 * an opening « inside it takes the name to its closing » ("движения «Левый фронт»"); a name that
 * is exactly a country the country recogniser found is that country.
 */
final class TaggedOrganizations {

    private static final int MAX_QUOTED = 80;

    void find(ArticleScan scan, Findings findings, List<Candidate> out) {
        String text = scan.text;
        for (NameCandidate candidate : findings.nameCandidates()) {
            if (candidate.kind() != NameCandidate.Kind.ORGANIZATION) {
                continue;
            }
            int start = scan.view.viewIndexOf(candidate.span().start());
            int end = closeQuotes(text, start, scan.view.viewIndexOf(candidate.span().end()));
            if (end <= start || !named(text, start, end) || scan.countryEnd(start) == end) {
                continue;
            }
            Set<String> countries = scan.countriesInside(start, end);
            out.add(new Candidate(start, end, countries.size() == 1 ? countries.iterator().next() : null));
        }
    }

    private static boolean named(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c) || Character.isDigit(c) || c == '«' || c == '"') {
                return true;
            }
        }
        return false;
    }

    /** The end of the name with an unclosed « inside it closed (within reach on the same line), else as proposed. */
    private static int closeQuotes(String text, int start, int end) {
        int open = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            open += c == '«' ? 1 : c == '»' ? -1 : 0;
        }
        int at = end;
        while (open > 0 && at < text.length() && at - end < MAX_QUOTED && text.charAt(at) != '\n') {
            char c = text.charAt(at++);
            open += c == '«' ? 1 : c == '»' ? -1 : 0;
        }
        return open == 0 ? at : end;
    }

    /** The {@code rules} candidates that overlap none of {@code tagged} (both in text order). */
    static List<Candidate> notOverlapping(List<Candidate> rules, List<Candidate> tagged) {
        List<Candidate> kept = new java.util.ArrayList<>();
        int t = 0;
        for (Candidate rule : rules) {
            while (t < tagged.size() && tagged.get(t).end() <= rule.start()) {
                t++;
            }
            boolean overlaps = false;
            for (int k = t; k < tagged.size() && tagged.get(k).start() < rule.end(); k++) {
                overlaps |= tagged.get(k).overlaps(rule);
            }
            if (!overlaps) {
                kept.add(rule);
            }
        }
        return kept;
    }
}
