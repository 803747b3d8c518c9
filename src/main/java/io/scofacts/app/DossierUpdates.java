package io.scofacts.app;

import io.scofacts.core.article.Article;
import io.scofacts.core.cases.ArticleDossiers;
import io.scofacts.core.cases.CaseOverview;
import io.scofacts.core.cases.DossierIds;
import io.scofacts.core.cases.DossierReader;
import io.scofacts.core.cases.EventOverview;
import io.scofacts.core.cases.Tally;
import io.scofacts.storage.ArticleLedger;
import io.scofacts.storage.ArticleStore;
import io.scofacts.storage.DossierFacet;
import io.scofacts.storage.DossierStore;
import io.scofacts.storage.FactSheetStore;
import io.scofacts.storage.StorageException;
import io.scofacts.storage.StoredFactSheet;
import io.scofacts.storage.ShareState;
import io.scofacts.storage.StoredOverview;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Brings cases and events in line with stored FactSheets, off the extraction's path, in two
 * idempotent steps that never wait on each other:
 * <ol>
 * <li>{@link #applyArticle}: per article, what its current sheet says of each case and event
 * it names (mention and share items) and what it no longer names. Touches only that article's
 * items, so articles about one case never contend.</li>
 * <li>{@link #refresh}: per case or event, the overview and listings, with the changed
 * shares counted in. Run once for many articles' changes (coalesced), by one writer per case
 * at a time.</li>
 * </ol>
 * In AWS the FactSheets table's stream drives step 1 and the cases table's stream step 2
 * ({@code io.scofacts.api.DossierStreamUpdates}); locally {@link DossierFeed} does.
 */
@ApplicationScoped
public class DossierUpdates {

    /** Shares counted per transaction (DynamoDB allows 100 items; facet writes may take up to 97 of them). */
    private static final int MAX_SHARES_PER_COMMIT = 60;
    private static final int MIN_SHARES_PER_COMMIT = 3;
    private static final int MAX_CONFLICTS = 5;

    @Inject
    DossierStore store;

    @Inject
    DossierReader reader;

    @Inject
    FactSheetStore factSheets;

    @Inject
    ArticleStore articles;

    @Inject
    DossierFacets facets;

    /** Step 1 for an article, reading its stored sheet and text. Returns the ids whose overview needs a refresh. */
    public Set<String> applyArticle(String articleId) {
        Optional<StoredFactSheet> stored = factSheets.find(articleId);
        if (stored.isEmpty()) {
            return apply(articleId, null, 0);
        }
        Article article = articles.find(articleId)
                .orElseThrow(() -> new StorageException("FactSheet of " + articleId + " has no stored article"));
        return apply(articleId, new StoredSheet(stored.get().sheet(), stored.get().revision(), article.text()),
                stored.get().revision());
    }

    /** Step 1 with the sheet and text at hand (the local feed has them from the extraction). */
    public Set<String> applyArticle(StoredSheet stored) {
        return apply(stored.sheet().articleId(), stored, stored.revision());
    }

    private Set<String> apply(String articleId, StoredSheet stored, long revision) {
        // An article's first sheet has no ledger before it, or one left by an earlier attempt
        // at this same sheet, whose writes repeating is harmless: no read needed.
        ArticleLedger ledger = revision == 1 ? ArticleLedger.NONE : store.ledger(articleId);
        if (ledger.revision() > revision) {
            return Set.of(); // a later sheet of this article was applied already
        }
        if (ledger.revision() == revision) {
            // An earlier attempt at this very sheet wrote everything, then failed before its
            // refreshes were asked for (a timeout whose writes still landed): ask again. A
            // refresh that finds every share counted changes nothing.
            Set<String> again = new LinkedHashSet<>(ledger.entries().keySet());
            again.addAll(ledger.dropped());
            return again;
        }
        ArticleDossiers dossiers = stored == null ? ArticleDossiers.NONE : reader.read(stored.sheet(), stored.text());
        Map<String, ArticleLedger.Entry> entries = new LinkedHashMap<>();
        List<DossierStore.DossierWrite> writes = new ArrayList<>();
        Set<String> changed = new LinkedHashSet<>();
        dossiers.cases().forEach((id, mention) ->
                prepare(id, mention, CaseOverview.contribution(mention), ledger, entries, writes, changed));
        dossiers.events().forEach((id, mention) ->
                prepare(id, mention, EventOverview.contribution(mention), ledger, entries, writes, changed));
        List<String> removed = ledger.entries().keySet().stream().filter(id -> !entries.containsKey(id)).toList();
        changed.addAll(removed);
        store.applyArticle(articleId, revision, writes, removed, entries);
        return changed;
    }

    private static void prepare(String id, Object mention, Object share, ArticleLedger ledger,
            Map<String, ArticleLedger.Entry> entries, List<DossierStore.DossierWrite> writes, Set<String> changed) {
        DossierStore.Prepared preparedMention = DossierStore.prepare(mention);
        DossierStore.Prepared preparedShare = DossierStore.prepare(share);
        ArticleLedger.Entry before = ledger.entries().get(id);
        boolean newMention = before == null || !before.mentionDigest().equals(preparedMention.digest());
        boolean newShare = before == null || !before.shareDigest().equals(preparedShare.digest());
        if (newMention || newShare) {
            writes.add(new DossierStore.DossierWrite(id, newMention ? preparedMention : null, newShare ? preparedShare : null));
        }
        if (newShare) {
            changed.add(id);
        }
        entries.put(id, new ArticleLedger.Entry(preparedMention.digest(), preparedShare.digest()));
    }

    /**
     * Step 2: counts into case or event {@code id} the shares of {@code articleIds} that changed
     * since they were last counted (all of its articles when null: a full recount), then
     * rewrites its overview and, when a listing changes, its facet items. The tally changes by
     * each share's difference, so the cost depends on the articles that changed, not on how
     * many name the case; the shares counted are recorded in the same transaction, so a
     * repeated refresh counts nothing twice.
     */
    public void refresh(String id, Collection<String> articleIds) {
        DossierStore.CountState state = articleIds == null
                ? new DossierStore.CountState(store.overview(id), store.allShareStates(id))
                : store.countState(id, articleIds);
        StoredOverview previous = state.overview();
        List<ShareState> pending = new ArrayList<>(state.shares().stream().filter(share -> !share.settled()).toList());
        int conflicts = 0;
        while (!pending.isEmpty()) {
            Commit commit = commit(id, previous, pending.subList(0, Math.min(pending.size(), MAX_SHARES_PER_COMMIT)));
            if (DossierStore.countable(previous, commit.overview, commit.facets) < commit.counted.size()) {
                commit = commit(id, previous, pending.subList(0, Math.min(pending.size(), MIN_SHARES_PER_COMMIT)));
            }
            if (store.commitOverview(id, previous, commit.tally, commit.overview, commit.facets, commit.counted)) {
                pending.subList(0, commit.counted.size()).clear();
            } else if (++conflicts == MAX_CONFLICTS) {
                throw new StorageException("the overview of " + id + " kept changing: two writers refresh it at once");
            }
            if (!pending.isEmpty()) {
                previous = store.overview(id);
            }
        }
    }

    /** What counting {@code states} into the stored tally gives. */
    private record Commit(Tally tally, Object overview, List<DossierFacet> facets,
            Map<String, Map<String, List<String>>> counted) {
    }

    private Commit commit(String id, StoredOverview previous, List<ShareState> states) {
        Tally tally = previous.tally();
        Map<String, Map<String, List<String>>> counted = new LinkedHashMap<>();
        for (ShareState state : states) {
            tally = tally.minus(state.applied()).plus(state.current());
            counted.put(state.articleId(), state.current());
        }
        if (DossierIds.isCaseId(id)) {
            CaseOverview overview = CaseOverview.of(id, tally);
            return new Commit(tally, overview, overview == null ? List.of() : facets.of(overview), counted);
        }
        EventOverview overview = EventOverview.of(id, tally);
        return new Commit(tally, overview, overview == null ? List.of() : facets.of(overview), counted);
    }
}
