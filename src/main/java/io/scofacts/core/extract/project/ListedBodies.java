package io.scofacts.core.extract.project;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.OrganizationMention;
import io.scofacts.core.factsheet.Span;
import java.util.List;

/**
 * Names listed together are names of one kind: a name the organisation recogniser holds, listed
 * next to another organisation ("a memorandum between Ferghana's Tech Park, Almaty's Data Hub and
 * Orion Systems Ltd."), is a body that signs and acts, not the facility its head noun ("Park",
 * "Hub", "Centre") would otherwise make it. The same principle the organisation recogniser uses
 * to find the list's other names, applied here as a judge of facility and programme names.
 */
final class ListedBodies {

    /** Between two items of a list; the longest first. */
    private static final List<String> SEPARATORS = List.of(", and ", ", и ", " and ", " и ", ", ", "、");
    /** "Kazakhstan's Astana Hub": whose body it is may stand before the next item. */
    private static final int MAX_OWNER = 24;
    /** The longest neighbour looked at; a longer one is not the item of a short list. */
    private static final int MAX_NAME = 80;

    private ListedBodies() {
    }

    /** Whether the candidate is an organisation the story lists with another organisation. */
    static boolean isListedBody(AnalyzedArticle article, EarlierFindings earlier, ProjectCandidate candidate) {
        Span whole = article.view().originalSpan(candidate.start(), candidate.end());
        String original = article.view().original();
        // the body's own name: the whole candidate, or what follows its owner ("Uzbekistan's Tech Park")
        Span span = earlier.organizations().inside(whole).stream().map(OrganizationMention::span)
                .filter(o -> o.end() == whole.end()
                        && (o.start() == whole.start() || isOwner(original.substring(whole.start(), o.start()))))
                .findFirst().orElse(null);
        if (span == null) {
            return false;
        }
        int reach = MAX_OWNER + SEPARATORS.get(0).length();
        Span around = new Span(Math.max(0, span.start() - reach - MAX_NAME), Math.min(original.length(), span.end() + reach + MAX_NAME));
        for (OrganizationMention other : earlier.organizations().inside(around)) {
            Span o = other.span();
            if (o.equals(span)) {
                continue;
            }
            if (o.start() >= span.end() && listJoins(original, span.end(), o.start())
                    || o.end() <= span.start() && listJoins(original, o.end(), span.start())) {
                return true;
            }
        }
        return false;
    }

    /** The text between two names is a list separator, perhaps followed by the next name's owner. */
    private static boolean listJoins(String text, int from, int to) {
        if (to - from > MAX_OWNER + SEPARATORS.get(0).length()) {
            return false;
        }
        String between = text.substring(from, to);
        for (String separator : SEPARATORS) {
            if (between.startsWith(separator)) {
                String rest = between.substring(separator.length());
                return rest.isEmpty() || isOwner(rest);
            }
        }
        return false;
    }

    /** "Kazakhstan's ", "the city’s ": a possessive ending right before the name. */
    private static boolean isOwner(String text) {
        boolean possessive = text.endsWith("'s ") || text.endsWith("’s ");
        if (!possessive) {
            return false;
        }
        for (int i = 0; i < text.length() - 3; i++) {
            char c = text.charAt(i);
            if (!(Character.isLetter(c) || c == ' ' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
