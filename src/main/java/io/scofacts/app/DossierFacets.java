package io.scofacts.app;

import io.scofacts.core.cases.CaseOverview;
import io.scofacts.core.cases.EventOverview;
import io.scofacts.core.cases.SearchIndex;
import io.scofacts.core.text.NameKey;
import io.scofacts.core.text.SimplifiedChars;
import io.scofacts.storage.DossierFacet;
import io.scofacts.storage.ListingFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The listings a case or event appears in. Cases: all cases, the cases of each country, of
 * the category, and under each search term of their names, each sorted by name. Events: all
 * events, those of each country, of the year, and under each search term, each by date (read
 * newest first).
 */
@ApplicationScoped
public class DossierFacets {

    static final String ALL_CASES = "cases";
    static final String ALL_EVENTS = "events";
    /** A sort key may hold 1 KB; names are cut well before that (the id keeps it unique). */
    private static final int SORT_NAME_LENGTH = 200;
    /**
     * A change of listings is one transaction of the overview, the new facet items and the
     * deletes of the old ones: at most 1 + 48 + 48 of DynamoDB's 100 items.
     */
    static final int MAX_FACETS = 48;

    @Inject
    SearchIndex search;

    static String countryFacet(String listing, String code) {
        return listing + "#country#" + code;
    }

    static String categoryFacet(String categoryKey) {
        return ALL_CASES + "#category#" + categoryKey;
    }

    static String yearFacet(String year) {
        return ALL_EVENTS + "#year#" + year;
    }

    static String termFacet(String listing, String term) {
        return listing + "#term#" + term;
    }

    static String categoryKey(String category) {
        return category == null ? null : NameKey.of(SimplifiedChars.of(category));
    }

    List<DossierFacet> of(CaseOverview overview) {
        List<String> names = names(overview.name(), overview.aliases());
        String sort = cut(NameKey.of(overview.name())) + "#" + overview.caseId();
        String category = categoryKey(overview.category());
        LinkedHashSet<String> facets = new LinkedHashSet<>();
        facets.add(ALL_CASES);
        overview.countries().forEach(code -> facets.add(countryFacet(ALL_CASES, code)));
        if (category != null) {
            facets.add(categoryFacet(category));
        }
        search.terms(names).forEach(term -> facets.add(termFacet(ALL_CASES, term)));
        String countries = ListingFilter.countryCodes(overview.countries());
        String text = search.searchText(names);
        return facets.stream().limit(MAX_FACETS)
                .map(facet -> new DossierFacet(facet, sort, countries, category, null, text)).toList();
    }

    List<DossierFacet> of(EventOverview overview) {
        List<String> names = names(overview.name(), overview.aliases());
        String date = overview.date() != null ? overview.date()
                : overview.year() != null ? overview.year() + "-00-00" : "0000-00-00";
        String sort = date + "#" + overview.eventId();
        LinkedHashSet<String> facets = new LinkedHashSet<>();
        facets.add(ALL_EVENTS);
        overview.countries().forEach(code -> facets.add(countryFacet(ALL_EVENTS, code)));
        if (overview.year() != null) {
            facets.add(yearFacet(overview.year()));
        }
        search.terms(names).forEach(term -> facets.add(termFacet(ALL_EVENTS, term)));
        String countries = ListingFilter.countryCodes(overview.countries());
        String text = search.searchText(names);
        return facets.stream().limit(MAX_FACETS)
                .map(facet -> new DossierFacet(facet, sort, countries, null, overview.year(), text)).toList();
    }

    private static List<String> names(String name, List<String> aliases) {
        List<String> names = new ArrayList<>();
        names.add(name);
        names.addAll(aliases);
        return names;
    }

    private static String cut(String name) {
        return name.length() > SORT_NAME_LENGTH ? name.substring(0, SORT_NAME_LENGTH) : name;
    }
}
