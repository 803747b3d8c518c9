package io.scofacts.storage;

/**
 * The cases table: per case, one overview item, one item per article that names the case,
 * and one facet item per listing the case appears in (all cases; cases of a country), which
 * the {@code byFacet} index serves sorted by name.
 */
final class CaseTable {

    static final String PK = "caseId";
    static final String SK = "item";
    static final String FACET = "facet";
    static final String FACET_SORT = "facetSort";
    static final String BY_FACET = "byFacet";

    static final String OVERVIEW_ITEM = "case";
    static final String MENTION_PREFIX = "article#";
    static final String FACET_PREFIX = "facet#";
    static final String ALL_CASES = "all";
    static final String COUNTRY_PREFIX = "country#";

    private CaseTable() {
    }
}
