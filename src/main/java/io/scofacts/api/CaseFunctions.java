package io.scofacts.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.funqy.Funq;
import io.scofacts.app.DossierIndex;
import io.scofacts.core.cases.CaseOverview;
import io.scofacts.core.cases.CaseSummary;
import io.scofacts.storage.Page;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/** caseSummary and listCases. */
@Admitted
public class CaseFunctions {

    private static final int MAX_CATEGORY_LENGTH = 100;

    @Inject
    DossierIndex dossiers;

    public record CaseList(List<CaseOverview> items, String next) {
    }

    @Funq
    public CaseSummary caseSummary(JsonNode request) {
        return dossiers.caseSummary(Ids.caseId(RequestFields.of(request, Set.of("caseId"))));
    }

    @Funq
    public CaseList listCases(JsonNode request) {
        RequestFields fields = RequestFields.of(Listings.orEmpty(request),
                Set.of("country", "category", "text", "limit", "pageToken"));
        String country = Listings.country(fields);
        String category = Listings.boundedText(fields, "category", MAX_CATEGORY_LENGTH);
        String text = Listings.searchText(fields, dossiers);
        Page<CaseOverview> page = Listings.page(fields, (token, limit) -> dossiers.listCases(country, category, text, token, limit));
        return new CaseList(page.items(), page.next());
    }
}
