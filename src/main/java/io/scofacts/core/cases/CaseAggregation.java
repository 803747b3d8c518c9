package io.scofacts.core.cases;

import io.scofacts.core.factsheet.FactSheet;
import io.scofacts.core.factsheet.ProjectFact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * How articles' projects become cases, and how a case's mentions become its overview and
 * summary. Pure functions: the storage layer persists the results.
 */
public final class CaseAggregation {

    private CaseAggregation() {
    }

    /** One mention per case the FactSheet names (several projects may fall into one case). */
    public static Map<String, CaseMention> mentionsOf(FactSheet sheet) {
        Map<String, CaseMention> byCase = new LinkedHashMap<>();
        if (sheet == null) {
            return byCase;
        }
        for (ProjectFact project : sheet.projects()) {
            String caseId = CaseIds.forProjectName(project.name());
            byCase.merge(caseId,
                    new CaseMention(caseId, sheet.articleId(), project.name(), sorted(project.countries()),
                            sheet.title(), sheet.publishedOn()),
                    (first, second) -> new CaseMention(caseId, first.articleId(), first.name(),
                            union(first.countries(), second.countries()), first.articleTitle(), first.publishedOn()));
        }
        return byCase;
    }

    /** The overview of a case from all its mentions; null when nothing names it any more. */
    public static CaseOverview overview(String caseId, List<CaseMention> mentions) {
        if (mentions.isEmpty()) {
            return null;
        }
        List<String> countries = new ArrayList<>();
        mentions.forEach(m -> countries.addAll(m.countries()));
        return new CaseOverview(caseId, canonicalName(mentions), sorted(countries), mentions.size());
    }

    /** The case with every article that names it, oldest article first. */
    public static CaseSummary summary(String caseId, List<CaseMention> mentions) {
        CaseOverview overview = overview(caseId, mentions);
        if (overview == null) {
            return null;
        }
        TreeSet<String> aliases = new TreeSet<>();
        mentions.forEach(m -> aliases.add(m.name()));
        aliases.remove(overview.name());
        List<CaseSummary.CaseSource> sources = mentions.stream()
                .sorted(byDateThenId())
                .map(m -> new CaseSummary.CaseSource(m.articleId(), m.articleTitle(), m.publishedOn(), m.name()))
                .toList();
        return new CaseSummary(caseId, overview.name(), List.copyOf(aliases), overview.countries(), sources);
    }

    /** The most frequent written form; ties go to the form of the earliest article. */
    private static String canonicalName(List<CaseMention> mentions) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        mentions.stream().sorted(byDateThenId()).forEach(m -> counts.merge(m.name(), 1, Integer::sum));
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > bestCount) {
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        return best;
    }

    private static Comparator<CaseMention> byDateThenId() {
        return Comparator.comparing((CaseMention m) -> m.publishedOn() == null ? "9999" : m.publishedOn())
                .thenComparing(CaseMention::articleId);
    }

    private static List<String> sorted(List<String> codes) {
        return List.copyOf(new TreeSet<>(codes));
    }

    private static List<String> union(List<String> a, List<String> b) {
        TreeSet<String> all = new TreeSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
