package io.scofacts.core.cases;

import java.util.List;

/**
 * One article naming one case: the name as that article writes it, the countries it gives,
 * and the article's title and date for the case's source list.
 */
public record CaseMention(String caseId, String articleId, String name, List<String> countries,
        String articleTitle, String publishedOn) {
}
