package io.scofacts.core.cases;

import java.util.List;

/** What a case list shows: the case's name, its countries and how many articles name it. */
public record CaseOverview(String caseId, String name, List<String> countries, int articleCount) {
}
