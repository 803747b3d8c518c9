package io.scofacts.core.cases;

import java.util.List;

/**
 * What one article says about one event: the name as written, date and place, organisers,
 * attendance and other figures of the sentences that name it, and the projects and documents
 * the article says were signed or released there.
 */
public record EventMention(String eventId, String articleId, String name, String why, String date, String place,
        List<String> organisers, ArticleCredit article, List<SourceSentence> sentences, List<Figure> figures,
        List<String> projects, List<String> documents) {
}
