package io.scofacts.storage;

/**
 * The cases table holds cases (ids c-…) and events (ids e-…), each as one overview item
 * (the tally and what a list shows), one item per article that names it (what that article
 * says), and one facet item per listing it appears in, which the {@code byFacet} index serves
 * in listing order.
 */
final class CaseTable {

    static final String PK = "caseId";
    static final String SK = "item";
    static final String FACET = "facet";
    static final String FACET_SORT = "facetSort";
    static final String BY_FACET = "byFacet";

    static final String OVERVIEW_ITEM = "overview";
    static final String MENTION_PREFIX = "article#";
    static final String FACET_PREFIX = "facet#";

    private CaseTable() {
    }
}
