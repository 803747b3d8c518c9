package io.scofacts.app;

import io.scofacts.core.cases.ArticleDossiers;
import io.scofacts.core.cases.CaseMention;
import io.scofacts.core.cases.CaseOverview;
import io.scofacts.core.cases.CaseSummary;
import io.scofacts.core.cases.DossierReader;
import io.scofacts.core.cases.DossierSummaries;
import io.scofacts.core.cases.EventMention;
import io.scofacts.core.cases.EventOverview;
import io.scofacts.core.cases.EventSummary;
import io.scofacts.core.cases.SearchTerms;
import io.scofacts.core.cases.Tally;
import io.scofacts.core.factsheet.FactSheet;
import io.scofacts.storage.DossierFacet;
import io.scofacts.storage.DossierStore;
import io.scofacts.storage.ListingFilter;
import io.scofacts.storage.Page;
import io.scofacts.storage.StoredMention;
import io.scofacts.storage.StoredTally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Keeps cases and events in step with FactSheets. For each case or event an article's sheet
 * adds, changes or drops, the article's mention, the tally and the listings are replaced in
 * one transaction conditioned on what was read, and read again on a conflict: concurrent
 * extractions naming one case converge, and re-extracting an article changes nothing twice.
 * An update reads one mention and one tally, whatever the number of articles stored.
 */
@ApplicationScoped
public class DossierIndex {

    private static final int MAX_ATTEMPTS = 30;

    @Inject
    DossierStore store;

    @Inject
    DossierReader reader;

    /** Brings cases and events in line with {@code current}, the new sheet of an article whose old one was {@code previous}. */
    public void update(FactSheet previous, FactSheet current, String text) {
        ArticleDossiers.Ids before = reader.idsOf(previous);
        ArticleDossiers after = reader.read(current, text);
        String articleId = current.articleId();
        for (String caseId : union(before.cases(), after.cases().keySet())) {
            apply(caseId, articleId, after.cases().get(caseId), CaseMention.class, CaseOverview::contribution,
                    CaseOverview::of, DossierFacets::of);
        }
        for (String eventId : union(before.events(), after.events().keySet())) {
            apply(eventId, articleId, after.events().get(eventId), EventMention.class, EventOverview::contribution,
                    EventOverview::of, DossierFacets::of);
        }
    }

    public CaseSummary caseSummary(String caseId) {
        CaseSummary summary = DossierSummaries.ofCase(caseId, store.mentions(caseId, CaseMention.class));
        if (summary == null) {
            throw new NotFoundException("case", caseId);
        }
        return summary;
    }

    public EventSummary eventSummary(String eventId) {
        EventSummary summary = DossierSummaries.ofEvent(eventId, store.mentions(eventId, EventMention.class));
        if (summary == null) {
            throw new NotFoundException("event", eventId);
        }
        return summary;
    }

    /**
     * Cases in name order, filtered by country, category and text in a name. The most selective
     * filter chooses the index partition; the others filter within it.
     */
    public Page<CaseOverview> listCases(String countryCode, String category, String text, String pageToken, int limit) {
        String categoryKey = DossierFacets.categoryKey(category);
        String facet;
        String folded = null;
        if (text != null) {
            String term = SearchTerms.lookupTerm(text);
            if (term == null) {
                throw new IllegalStateException("the caller checks that text has a search term");
            }
            facet = DossierFacets.termFacet(term);
            folded = SearchTerms.foldedQuery(text);
        } else if (categoryKey != null) {
            facet = DossierFacets.categoryFacet(categoryKey);
            categoryKey = null;
        } else if (countryCode != null) {
            facet = DossierFacets.countryFacet(countryCode);
            countryCode = null;
        } else {
            facet = DossierFacets.ALL_CASES;
        }
        return store.list(facet, new ListingFilter(countryCode, categoryKey, folded), pageToken, limit, false,
                CaseOverview.class);
    }

    /** Events, newest first. */
    public Page<EventOverview> listEvents(String pageToken, int limit) {
        return store.list(DossierFacets.ALL_EVENTS, ListingFilter.NONE, pageToken, limit, true, EventOverview.class);
    }

    private <M, O> void apply(String id, String articleId, M next, Class<M> type,
            Function<M, Map<String, List<String>>> contribution, BiFunction<String, Tally, O> overviewOf,
            Function<O, List<DossierFacet>> facetsOf) {
        DossierStore.PreparedMention prepared = next == null ? null : DossierStore.prepare(next);
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            StoredMention<M> stored = store.mention(id, articleId, type);
            if (stored == null ? next == null : prepared != null && stored.digest().equals(prepared.digest())) {
                return;
            }
            StoredTally read = store.tally(id);
            Tally tally = read.tally().minus(stored == null ? null : contribution.apply(stored.mention()))
                    .plus(contribution.apply(next));
            O overview = overviewOf.apply(id, tally);
            if (store.apply(id, articleId, stored, prepared, read, tally, overview, facetsOf.apply(overview))) {
                return;
            }
            backOff(attempt);
        }
        throw new IllegalStateException(id + " kept changing under concurrent updates");
    }

    private static Set<String> union(Set<String> before, Set<String> after) {
        Set<String> ids = new LinkedHashSet<>(after);
        ids.addAll(before);
        return ids;
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * Math.min(attempt, 10) + 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while updating a case", e);
        }
    }
}
