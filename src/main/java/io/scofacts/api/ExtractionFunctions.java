package io.scofacts.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.funqy.Funq;
import io.scofacts.app.FactExtraction;
import io.scofacts.core.factsheet.FactSheet;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;

/** extractFacts: the FactSheet of a stored article (persisted), or of a text sent along (not stored). */
@Admitted
public class ExtractionFunctions {

    private static final Set<String> FIELDS;

    static {
        Set<String> fields = new HashSet<>(ArticleRequest.FIELDS);
        fields.add("articleId");
        FIELDS = Set.copyOf(fields);
    }

    @Inject
    FactExtraction extraction;

    @Funq
    public FactSheet extractFacts(JsonNode request) {
        RequestFields fields = RequestFields.of(request, FIELDS);
        if (fields.has("articleId")) {
            if (fields.has("text")) {
                throw ApiException.badRequest("conflicting_fields",
                        "send either \"articleId\" (a stored article) or \"text\" (a one-off extraction), not both");
            }
            return extraction.forStoredArticle(Ids.articleId(fields));
        }
        if (!fields.has("text")) {
            throw new ApiException(400, "missing_field",
                    "send \"articleId\" of a stored article or the article's \"text\"", "text");
        }
        return extraction.extractOnce(ArticleRequest.read(fields).toInput(null));
    }
}
