package io.scofacts.api;

import io.scofacts.core.cases.DossierIds;
import io.scofacts.core.text.ContentFingerprint;

/** Reads the ids requests name, refusing strings that cannot be an id of ours. */
final class Ids {

    private Ids() {
    }

    static String articleId(RequestFields fields) {
        String id = fields.requiredText("articleId");
        if (!ContentFingerprint.looksLikeArticleId(id)) {
            throw ApiException.invalidField("articleId", "\"articleId\" must be an id returned by submitArticle "
                    + "(a- followed by 24 hex digits), not \"" + RequestFields.abbreviate(id) + "\"");
        }
        return id;
    }

    static String caseId(RequestFields fields) {
        String id = fields.requiredText("caseId");
        if (!DossierIds.isCaseId(id)) {
            throw ApiException.invalidField("caseId", "\"caseId\" must be an id returned by listCases "
                    + "(c- followed by 24 hex digits), not \"" + RequestFields.abbreviate(id) + "\"");
        }
        return id;
    }

    static String eventId(RequestFields fields) {
        String id = fields.requiredText("eventId");
        if (!DossierIds.isEventId(id)) {
            throw ApiException.invalidField("eventId", "\"eventId\" must be an id returned by listEvents "
                    + "(e- followed by 24 hex digits), not \"" + RequestFields.abbreviate(id) + "\"");
        }
        return id;
    }
}
