package io.scofacts.core.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gathers the figures sources give for one case or event: the same measure and value from
 * several sources is one claim with several citations; one measure with different values
 * from different sources is a conflict, every value shown with its sources.
 */
final class FigureLedger {

    /** The scorer's tolerance for equal quantities; a rounding in one source is not a disagreement. */
    private static final double SAME_VALUE = 0.005;

    private final Map<String, List<MutableClaim>> byMeasure = new LinkedHashMap<>();

    private static final class MutableClaim {
        final Figure figure;
        final List<Citation> sources = new ArrayList<>();
        final Set<String> articles = new LinkedHashSet<>();

        MutableClaim(Figure figure) {
            this.figure = figure;
        }
    }

    void add(Figure figure, ArticleCredit article) {
        List<MutableClaim> claims = byMeasure.computeIfAbsent(figure.measure(), k -> new ArrayList<>());
        MutableClaim claim = claims.stream().filter(c -> sameValue(c.figure, figure)).findFirst().orElse(null);
        if (claim == null) {
            claim = new MutableClaim(figure);
            claims.add(claim);
        }
        claim.sources.add(new Citation(article.articleId(), article.publisher(), article.publishedOn(), figure.mention()));
        claim.articles.add(article.articleId());
    }

    List<FigureClaim> claims() {
        List<FigureClaim> all = new ArrayList<>();
        byMeasure.values().forEach(claims -> claims.forEach(c -> all.add(claim(c))));
        return all;
    }

    /** Measures given with different values by different articles. */
    List<Conflict> conflicts() {
        List<Conflict> conflicts = new ArrayList<>();
        byMeasure.forEach((measure, claims) -> {
            Set<String> articles = new LinkedHashSet<>();
            claims.forEach(c -> articles.addAll(c.articles));
            boolean disagree = claims.size() > 1 && articles.size() > 1
                    && claims.stream().anyMatch(c -> !c.articles.containsAll(articles));
            if (disagree && !measure.endsWith(":")) {
                conflicts.add(new Conflict("figure", measure, claims.stream()
                        .map(c -> new Conflict.Claim(c.figure.value(), c.figure.text(), List.copyOf(c.sources)))
                        .toList()));
            }
        });
        return conflicts;
    }

    private static FigureClaim claim(MutableClaim c) {
        Figure f = c.figure;
        return new FigureClaim(f.measure(), f.value(), f.unit(), f.approx(), f.subject(), f.text(), List.copyOf(c.sources));
    }

    private static boolean sameValue(Figure a, Figure b) {
        double x = a.value().doubleValue();
        double y = b.value().doubleValue();
        double scale = Math.max(Math.abs(x), Math.abs(y));
        return scale == 0 || Math.abs(x - y) / scale <= SAME_VALUE;
    }
}
