package io.scofacts.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.funqy.Funq;
import io.scofacts.app.CaseIndex;
import io.scofacts.core.cases.CaseOverview;
import io.scofacts.core.cases.CaseSummary;
import io.scofacts.storage.InvalidPageTokenException;
import io.scofacts.storage.Page;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** caseSummary and listCases. */
public class CaseFunctions {

    private static final int DEFAULT_PAGE_SIZE = 20;
    private static final int MAX_PAGE_SIZE = 100;
    private static final Set<String> COUNTRY_CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    @Inject
    CaseIndex cases;

    public record CaseList(List<CaseOverview> items, String next) {
    }

    @Funq
    public CaseSummary caseSummary(JsonNode request) {
        return cases.summary(Ids.caseId(RequestFields.of(request, Set.of("caseId"))));
    }

    @Funq
    public CaseList listCases(JsonNode request) {
        RequestFields fields = RequestFields.of(request == null || request.isNull() ? emptyObject() : request,
                Set.of("country", "limit", "pageToken"));
        String country = country(fields.optionalText("country"));
        Integer limit = fields.optionalInteger("limit", 1, MAX_PAGE_SIZE);
        try {
            Page<CaseOverview> page = cases.list(country, fields.optionalText("pageToken"),
                    limit == null ? DEFAULT_PAGE_SIZE : limit);
            return new CaseList(page.items(), page.next());
        } catch (InvalidPageTokenException e) {
            throw new ApiException(400, "invalid_page_token", e.getMessage(), "pageToken");
        }
    }

    private static String country(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRY_CODES.contains(upper)) {
            throw ApiException.invalidField("country", "\"country\" must be an ISO 3166-1 alpha-2 code such as UZ, not \""
                    + RequestFields.abbreviate(code) + "\"");
        }
        return upper;
    }

    private static JsonNode emptyObject() {
        return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    }
}
