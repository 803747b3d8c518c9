package io.scofacts.storage;

/**
 * The cases table holds cases (ids c-…) and events (ids e-…), and which of them each article
 * names. Under a case or event id: one overview item (what a list shows), one mention item per
 * article that names it (what that article says), one share item per such article (the small
 * part of the mention an overview is computed from), and one facet item per listing it appears
 * in, which the {@code byFacet} index serves in listing order; and one applied item per such
 * article, the share as the overview's tally last counted it. Under an article id (a-…): the
 * article's ledger, the cases and events its stored FactSheet was last applied to.
 */
final class CaseTable {

    static final String PK = "caseId";
    static final String SK = "item";
    static final String FACET = "facet";
    static final String FACET_SORT = "facetSort";
    static final String BY_FACET = "byFacet";

    static final String OVERVIEW_ITEM = "overview";
    static final String LEDGER_ITEM = "ledger";
    static final String MENTION_PREFIX = "article#";
    static final String SHARE_PREFIX = "share#";
    static final String APPLIED_PREFIX = "applied#";
    static final String FACET_PREFIX = "facet#";

    private CaseTable() {
    }
}
