package io.scofacts.core.extract.person;

import io.scofacts.core.text.SortedSearch;
import io.scofacts.core.extract.CountryMention;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.OrganizationMention;
import io.scofacts.core.extract.PlaceMention;
import io.scofacts.core.factsheet.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The countries, places and organisations found before this recogniser, sorted by where they
 * start, so the mentions inside a role phrase are found by binary search, not by a scan of all.
 */
final class NearbyMentions {

    private final List<OrganizationMention> organizations;
    private final List<CountryMention> countries;
    private final List<PlaceMention> places;
    private final String publisher;

    NearbyMentions(Findings findings) {
        organizations = sorted(findings.organizations(), OrganizationMention::span);
        countries = sorted(findings.countries(), CountryMention::span);
        places = sorted(findings.places(), PlaceMention::span);
        publisher = findings.publisher();
    }

    String publisher() {
        return publisher;
    }

    /** The organisations lying wholly inside {@code range}. */
    List<OrganizationMention> organizationsInside(Span range) {
        return inside(organizations, OrganizationMention::span, range);
    }

    /** The countries lying wholly inside {@code range}. */
    List<CountryMention> countriesInside(Span range) {
        return inside(countries, CountryMention::span, range);
    }

    /** The organisation ending at most {@code gap} chars before {@code offset}, latest first, or null. */
    OrganizationMention organizationEndingBefore(int offset, int gap) {
        OrganizationMention best = null;
        for (OrganizationMention organization : inside(organizations, OrganizationMention::span,
                new Span(Math.max(0, offset - 200), offset))) {
            int end = organization.span().end();
            if (offset - end <= gap && (best == null || end > best.span().end())) {
                best = organization;
            }
        }
        return best;
    }

    /** The code of the first country inside {@code range}, else of the first place inside it with a country, or null. */
    String countryInside(Span range) {
        for (CountryMention country : inside(countries, CountryMention::span, range)) {
            return country.code();
        }
        for (PlaceMention place : inside(places, PlaceMention::span, range)) {
            if (place.country() != null) {
                return place.country();
            }
        }
        return null;
    }

    /** The name of an organisation overlapping {@code range}, or null. */
    String organizationOverlapping(Span range) {
        OrganizationMention organization = firstOverlapping(organizations, OrganizationMention::span, range, 200);
        return organization == null ? null : organization.name();
    }

    /** The code of a country overlapping {@code range}, or null. */
    String countryOverlapping(Span range) {
        CountryMention country = firstOverlapping(countries, CountryMention::span, range, 100);
        return country == null ? null : country.code();
    }

    /** The first mention overlapping {@code range} among those starting at most {@code reach} chars before it. */
    private static <T> T firstOverlapping(List<T> sorted, Function<T, Span> span, Span range, int reach) {
        for (T mention : inside(sorted, span, new Span(Math.max(0, range.start() - reach), range.end()))) {
            if (span.apply(mention).overlaps(range)) {
                return mention;
            }
        }
        return null;
    }

    private static <T> List<T> sorted(List<T> mentions, Function<T, Span> span) {
        List<T> copy = new ArrayList<>(mentions);
        copy.sort(Comparator.comparing(span));
        return copy;
    }

    private static <T> List<T> inside(List<T> sorted, Function<T, Span> span, Span range) {
        int low = SortedSearch.firstAtLeast(sorted.size(), i -> span.apply(sorted.get(i)).start(), range.start());
        List<T> found = new ArrayList<>();
        for (int i = low; i < sorted.size() && span.apply(sorted.get(i)).start() < range.end(); i++) {
            if (range.contains(span.apply(sorted.get(i)))) {
                found.add(sorted.get(i));
            }
        }
        return found;
    }
}
