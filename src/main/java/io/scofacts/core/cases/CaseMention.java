package io.scofacts.core.cases;

import java.util.List;

/**
 * What one article says about one case: the name as written (and its other wordings in the
 * article), why it is this case (the name's signature), and the facts of the sentences that
 * name it or refer back to it.
 */
public record CaseMention(String caseId, String articleId, String name, String why, List<String> countries,
        List<String> parties, String category, ArticleCredit article, List<SourceSentence> sentences,
        List<Figure> figures, List<TimelineEntry> timeline, List<String> otherNames) {

    public CaseMention {
        otherNames = otherNames == null ? List.of() : otherNames; // mentions stored before the field existed
    }
}
