package io.scofacts.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.funqy.Funq;
import io.scofacts.app.DossierIndex;
import io.scofacts.core.cases.CaseOverview;
import io.scofacts.core.cases.CaseSummary;
import io.scofacts.core.cases.SearchTerms;
import io.scofacts.storage.Page;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** caseSummary and listCases. */
public class CaseFunctions {

    private static final Set<String> COUNTRY_CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
    private static final int MAX_TEXT_LENGTH = 200;
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
        String country = country(fields.optionalNonBlankText("country"));
        String category = boundedText(fields, "category", MAX_CATEGORY_LENGTH);
        String text = boundedText(fields, "text", MAX_TEXT_LENGTH);
        if (text != null && SearchTerms.lookupTerm(text) == null) {
            throw ApiException.invalidField("text", "\"text\" must hold a word or at least two Chinese characters, not \""
                    + RequestFields.abbreviate(text) + "\"");
        }
        Page<CaseOverview> page = Listings.page(fields, (token, limit) -> dossiers.listCases(country, category, text, token, limit));
        return new CaseList(page.items(), page.next());
    }

    private static String boundedText(RequestFields fields, String name, int maxLength) {
        String value = fields.optionalNonBlankText(name);
        if (value == null) {
            return null;
        }
        if (value.length() > maxLength) {
            throw ApiException.invalidField(name, "\"" + name + "\" must be at most " + maxLength + " characters");
        }
        return value.strip();
    }

    private static String country(String code) {
        if (code == null) {
            return null;
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRY_CODES.contains(upper)) {
            throw ApiException.invalidField("country", "\"country\" must be an ISO 3166-1 alpha-2 code such as UZ, not \""
                    + RequestFields.abbreviate(code) + "\"");
        }
        return upper;
    }
}
