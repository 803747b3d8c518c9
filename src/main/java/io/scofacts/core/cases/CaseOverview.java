package io.scofacts.core.cases;

import java.util.List;
import java.util.Map;

/** What a case list shows: the case's name, other names, countries, category and how many articles name it. */
public record CaseOverview(String caseId, String name, List<String> aliases, List<String> countries, String category,
        int articleCount) {

    static final String NAME = "name";
    static final String COUNTRY = "country";
    static final String CATEGORY = "category";

    /** One article's share of a case's tally. */
    public static Map<String, List<String>> contribution(CaseMention mention) {
        if (mention == null) {
            return null;
        }
        List<String> names = new java.util.ArrayList<>(List.of(mention.name()));
        names.addAll(mention.otherNames());
        return Map.of(NAME, names, COUNTRY, mention.countries(),
                CATEGORY, mention.category() == null ? List.of() : List.of(mention.category()));
    }

    /** The overview of a tally; null when no article names the case any more. */
    public static CaseOverview of(String caseId, Tally tally) {
        if (tally.articles() == 0) {
            return null;
        }
        String name = tally.mostGiven(NAME);
        List<String> aliases = tally.all(NAME).stream().filter(n -> !n.equals(name)).toList();
        return new CaseOverview(caseId, name, aliases, tally.all(COUNTRY), tally.mostGiven(CATEGORY), tally.articles());
    }
}
