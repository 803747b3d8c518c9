package io.scofacts.app;

import io.scofacts.core.cases.CaseOverview;
import io.scofacts.core.cases.EventOverview;
import io.scofacts.core.cases.SearchTerms;
import io.scofacts.core.text.NameKey;
import io.scofacts.core.text.SimplifiedChars;
import io.scofacts.storage.DossierFacet;
import io.scofacts.storage.ListingFilter;
import java.util.ArrayList;
import java.util.List;

/**
 * The listings a case or event appears in. Cases: all cases, the cases of each country, of
 * the category, and under each search term of their names, each sorted by name. Events: all
 * events, newest first.
 */
final class DossierFacets {

    static final String ALL_CASES = "cases";
    static final String ALL_EVENTS = "events";
    /** A sort key may hold 1 KB; names are cut well before that (the id keeps it unique). */
    private static final int SORT_NAME_LENGTH = 200;

    private DossierFacets() {
    }

    static String countryFacet(String code) {
        return ALL_CASES + "#country#" + code;
    }

    static String categoryFacet(String categoryKey) {
        return ALL_CASES + "#category#" + categoryKey;
    }

    static String termFacet(String term) {
        return ALL_CASES + "#term#" + term;
    }

    static String categoryKey(String category) {
        return category == null ? null : NameKey.of(SimplifiedChars.of(category));
    }

    static List<DossierFacet> of(CaseOverview overview) {
        if (overview == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        names.add(overview.name());
        names.addAll(overview.aliases());
        String sort = cut(NameKey.of(overview.name())) + "#" + overview.caseId();
        String countries = ListingFilter.countryCodes(overview.countries());
        String category = categoryKey(overview.category());
        String text = SearchTerms.searchText(names);
        List<String> facets = new ArrayList<>();
        facets.add(ALL_CASES);
        overview.countries().forEach(code -> facets.add(countryFacet(code)));
        if (category != null) {
            facets.add(categoryFacet(category));
        }
        SearchTerms.of(names).forEach(term -> facets.add(termFacet(term)));
        return facets.stream().distinct().map(facet -> new DossierFacet(facet, sort, countries, category, text)).toList();
    }

    static List<DossierFacet> of(EventOverview overview) {
        if (overview == null) {
            return List.of();
        }
        String date = overview.date() == null ? "0000-00-00" : overview.date();
        return List.of(new DossierFacet(ALL_EVENTS, date + "#" + overview.eventId(), null, null, null));
    }

    private static String cut(String name) {
        return name.length() > SORT_NAME_LENGTH ? name.substring(0, SORT_NAME_LENGTH) : name;
    }
}
