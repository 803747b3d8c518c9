package io.scofacts.core.cases;

import java.util.List;

/**
 * One cooperation case gathered across every article that names it: the name most sources
 * use and the others, category, countries and parties, the figures with their sources, a
 * timeline, the sources with the offsets of the sentences naming the case, a short summary
 * quoted from them, where sources disagree, and which names were taken as this case and why.
 */
public record CaseSummary(String caseId, String name, List<String> aliases, String category, List<String> countries,
        List<String> parties, List<FigureClaim> figures, List<TimelineEntry> timeline, List<Source> sources,
        String summary, List<SummarySentence> summarySentences, List<Conflict> conflicts, List<MergedName> mergedNames) {
}
