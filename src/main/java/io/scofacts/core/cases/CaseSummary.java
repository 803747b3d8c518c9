package io.scofacts.core.cases;

import java.util.List;

/** One case gathered across the articles that name it. */
public record CaseSummary(String caseId, String name, List<String> aliases, List<String> countries,
        List<CaseSource> sources) {

    /** One article that names the case. */
    public record CaseSource(String articleId, String title, String publishedOn, String nameAsWritten) {
    }
}
