package io.scofacts.app;

import io.scofacts.core.cases.CaseAggregation;
import io.scofacts.core.cases.CaseMention;
import io.scofacts.core.cases.CaseOverview;
import io.scofacts.core.cases.CaseSummary;
import io.scofacts.core.factsheet.FactSheet;
import io.scofacts.storage.CaseStore;
import io.scofacts.storage.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Keeps cases in step with FactSheets: when an article's sheet changes, the article's
 * mentions of cases are added or removed, and each affected case's overview is recomputed
 * from its mentions and written only if nobody changed the case meanwhile (else recomputed
 * again), so concurrent extractions naming one case converge on the right overview.
 */
@ApplicationScoped
public class CaseIndex {

    private static final int MAX_ATTEMPTS = 20;

    @Inject
    CaseStore store;

    /** Brings cases in line with {@code current}, the new sheet of an article whose old one was {@code previous}. */
    public void update(FactSheet previous, FactSheet current) {
        Map<String, CaseMention> before = CaseAggregation.mentionsOf(previous);
        Map<String, CaseMention> after = CaseAggregation.mentionsOf(current);
        Set<String> affected = new LinkedHashSet<>(after.keySet());
        for (String caseId : before.keySet()) {
            if (!after.containsKey(caseId)) {
                store.deleteMention(caseId, previous.articleId());
                affected.add(caseId);
            }
        }
        after.values().forEach(store::putMention);
        affected.forEach(this::refreshOverview);
    }

    public CaseSummary summary(String caseId) {
        CaseSummary summary = CaseAggregation.summary(caseId, store.mentions(caseId));
        if (summary == null) {
            throw new NotFoundException("case", caseId);
        }
        return summary;
    }

    public Page<CaseOverview> list(String countryCode, String pageToken, int limit) {
        return store.list(countryCode, pageToken, limit);
    }

    private void refreshOverview(String caseId) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            CaseStore.OverviewVersion read = store.overviewVersion(caseId);
            List<CaseMention> mentions = store.mentions(caseId);
            if (store.replaceOverview(caseId, CaseAggregation.overview(caseId, mentions), read)) {
                return;
            }
            backOff(attempt);
        }
        throw new IllegalStateException("case " + caseId + " kept changing under concurrent updates");
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * attempt + 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while updating a case", e);
        }
    }
}
