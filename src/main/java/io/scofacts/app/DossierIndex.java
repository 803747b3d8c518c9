package io.scofacts.app;

import io.scofacts.core.cases.CaseMention;
import io.scofacts.core.cases.CaseOverview;
import io.scofacts.core.cases.CaseSummary;
import io.scofacts.core.cases.DossierSummaries;
import io.scofacts.core.cases.EventMention;
import io.scofacts.core.cases.EventOverview;
import io.scofacts.core.cases.EventSummary;
import io.scofacts.core.cases.SearchIndex;
import io.scofacts.storage.DossierStore;
import io.scofacts.storage.ListingFilter;
import io.scofacts.storage.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Reads cases and events: summaries computed from what every source says, and listings served
 * from the facet index. In local runs each read first lets the in-process updates of extractions
 * answered before it catch up ({@link DossierFeed#awaitCaughtUp}), bounded in time.
 */
@ApplicationScoped
public class DossierIndex {

    @Inject
    DossierStore store;

    @Inject
    DossierFeed feed;

    @Inject
    SearchIndex search;

    public CaseSummary caseSummary(String caseId) {
        feed.awaitCaughtUp();
        CaseSummary summary = DossierSummaries.ofCase(caseId, store.mentions(caseId, CaseMention.class));
        if (summary == null) {
            throw new NotFoundException("case", caseId);
        }
        return summary;
    }

    public EventSummary eventSummary(String eventId) {
        feed.awaitCaughtUp();
        EventSummary summary = DossierSummaries.ofEvent(eventId, store.mentions(eventId, EventMention.class));
        if (summary == null) {
            throw new NotFoundException("event", eventId);
        }
        return summary;
    }

    /** True when {@code text} holds something to search for (a word, two Chinese characters). */
    public boolean searchable(String text) {
        return search.query(text) != null;
    }

    /**
     * Cases in name order, filtered by country, category and text in a name. The most selective
     * filter chooses the index partition; the others filter within it.
     */
    public Page<CaseOverview> listCases(String countryCode, String category, String text, String pageToken, int limit) {
        feed.awaitCaughtUp();
        String categoryKey = DossierFacets.categoryKey(category);
        String facet;
        List<String> required = List.of();
        if (text != null) {
            SearchIndex.Query query = searchQuery(text);
            facet = DossierFacets.termFacet(DossierFacets.ALL_CASES, query.lookupTerm());
            required = query.required();
        } else if (categoryKey != null) {
            facet = DossierFacets.categoryFacet(categoryKey);
            categoryKey = null;
        } else if (countryCode != null) {
            facet = DossierFacets.countryFacet(DossierFacets.ALL_CASES, countryCode);
            countryCode = null;
        } else {
            facet = DossierFacets.ALL_CASES;
        }
        return store.list(facet, new ListingFilter(countryCode, categoryKey, null, required), pageToken, limit, false,
                CaseOverview.class);
    }

    /** Events, newest first, filtered by country, year and text in a name, the same way. */
    public Page<EventOverview> listEvents(String countryCode, String year, String text, String pageToken, int limit) {
        feed.awaitCaughtUp();
        String facet;
        List<String> required = List.of();
        if (text != null) {
            SearchIndex.Query query = searchQuery(text);
            facet = DossierFacets.termFacet(DossierFacets.ALL_EVENTS, query.lookupTerm());
            required = query.required();
        } else if (year != null) {
            facet = DossierFacets.yearFacet(year);
            year = null;
        } else if (countryCode != null) {
            facet = DossierFacets.countryFacet(DossierFacets.ALL_EVENTS, countryCode);
            countryCode = null;
        } else {
            facet = DossierFacets.ALL_EVENTS;
        }
        return store.list(facet, new ListingFilter(countryCode, null, year, required), pageToken, limit, true,
                EventOverview.class);
    }

    /**
     * Every case with its summary, a page at a time, in the order of the case listing: for
     * analysts who load all cases into a spreadsheet or a notebook.
     */
    public Page<CaseSummary> exportCases(String pageToken, int limit) {
        Page<CaseOverview> page = listCases(null, null, null, pageToken, limit);
        List<CaseSummary> summaries = page.items().stream()
                .map(overview -> DossierSummaries.ofCase(overview.caseId(), store.mentions(overview.caseId(), CaseMention.class)))
                .filter(summary -> summary != null)
                .toList();
        return new Page<>(summaries, page.next());
    }

    private SearchIndex.Query searchQuery(String text) {
        SearchIndex.Query query = search.query(text);
        if (query == null) {
            throw new IllegalStateException("the caller checks that text is searchable");
        }
        return query;
    }
}
