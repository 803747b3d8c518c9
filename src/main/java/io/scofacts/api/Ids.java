package io.scofacts.api;

import io.scofacts.core.cases.DossierIds;
import io.scofacts.core.text.ContentFingerprint;
import java.util.function.Predicate;

/** Reads the ids requests name, refusing strings that cannot be an id of ours. */
final class Ids {

    private Ids() {
    }

    static String articleId(RequestFields fields) {
        return id(fields, "articleId", ContentFingerprint::looksLikeArticleId, "submitArticle", "a-");
    }

    static String caseId(RequestFields fields) {
        return id(fields, "caseId", DossierIds::isCaseId, "listCases", DossierIds.CASE_PREFIX);
    }

    static String eventId(RequestFields fields) {
        return id(fields, "eventId", DossierIds::isEventId, "listEvents", DossierIds.EVENT_PREFIX);
    }

    private static String id(RequestFields fields, String field, Predicate<String> valid, String issuer, String prefix) {
        String id = fields.requiredText(field);
        if (!valid.test(id)) {
            throw ApiException.invalidField(field, "\"" + field + "\" must be an id returned by " + issuer + " ("
                    + prefix + " followed by 24 hex digits), not \"" + RequestFields.abbreviate(id) + "\"");
        }
        return id;
    }
}
