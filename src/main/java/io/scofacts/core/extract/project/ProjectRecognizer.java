package io.scofacts.core.extract.project;

import io.scofacts.core.text.SortedSearch;
import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.ProjectMention;
import io.scofacts.core.extract.Recognizer;
import io.scofacts.core.factsheet.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Named cooperation projects and cases: signed projects, typical cases (with the category the
 * story files them under), platforms, bases, parks and docks being built. Chinese names come from
 * {@link ChineseProjectNames} and {@link ChineseCaseLists}, English and Russian ones from
 * {@link LatinProjectNames}; each gets the countries and parties its sentence ties to it.
 * Runs after the country, place and organisation recognisers, whose findings it reads.
 */
public final class ProjectRecognizer implements Recognizer {

    /** No name found by a head noun is longer than this (ten English words, a Russian title). */
    private static final int LONGEST_NAME = 200;

    private final ChineseProjectNames chineseNames;
    private final ChineseCaseLists caseLists;
    private final CategoryFrames categoryFrames;
    private final LatinProjectNames latinNames;
    private final List<String> headNouns;
    private final ProjectNames projectNames;

    public ProjectRecognizer() {
        ProjectLexicon lexicon = new ProjectLexicon();
        chineseNames = new ChineseProjectNames(lexicon);
        caseLists = new ChineseCaseLists(lexicon);
        categoryFrames = new CategoryFrames(lexicon);
        latinNames = new LatinProjectNames(lexicon);
        projectNames = new ProjectNames(lexicon);
        headNouns = lexicon.heads.stream().filter(head -> "zh".equals(head.language())).map(ProjectLexicon.Head::word).toList();
    }

    @Override
    public void recognize(AnalyzedArticle article, Findings findings) {
        EarlierFindings earlier = EarlierFindings.of(findings);
        List<ProjectCandidate> named = new ArrayList<>(chineseNames.find(article, earlier));
        named.addAll(latinNames.find(article.view().text()));
        List<ProjectCandidate> items = caseLists.find(article.view().matchText(), item -> looksLikeAName(article, earlier, item));
        List<ProjectCandidate> candidates = outermost(withCaseLists(named, items));
        candidates.removeIf(candidate -> ListedBodies.isListedBody(article, earlier, candidate));
        List<CategoryFrames.Frame> frames = article.isChinese() ? categoryFrames.find(article.view().matchText()) : List.of();
        List<String> names = projectNames.names(article.view().text(), candidates);
        List<Span> spans = new ArrayList<>();
        for (int i = candidates.size() - 1; i >= 0; i--) {
            if (names.get(i) == null) {
                candidates.remove(i);
                names.remove(i);
            }
        }
        for (ProjectCandidate candidate : candidates) {
            spans.add(article.view().originalSpan(candidate.start(), candidate.end()));
        }
        for (int i = 0; i < candidates.size(); i++) {
            ProjectCandidate candidate = candidates.get(i);
            Span span = spans.get(i);
            String name = names.get(i);
            List<Span> others = neighbours(spans, i);
            List<String> countries = ProjectContext.countries(article, earlier, span, others,
                    article.isChinese() && candidate.kind() != ProjectLexicon.Kind.PROJECT);
            List<String> parties = article.isChinese() ? ProjectContext.parties(article, earlier, candidate.start()) : List.of();
            String category = candidate.category() != null ? candidate.category()
                    : CategoryFrames.categoryAt(frames, candidate.start());
            findings.addProject(new ProjectMention(name, category, countries, parties, span));
        }
    }

    /** A listed item with a country, place or brand in it, or ending in a head noun: "中塔数字乡村示范". */
    private boolean looksLikeAName(AnalyzedArticle article, EarlierFindings earlier, ProjectCandidate item) {
        Span span = article.view().originalSpan(item.start(), item.end());
        if (!earlier.countries().inside(span).isEmpty() || !earlier.places().inside(span).isEmpty()) {
            return true;
        }
        String name = article.view().matchText().substring(item.start(), item.end());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if ((c < 128 && Character.isLetter(c)) || c == '“' || c == '「') {
                return true;
            }
        }
        return headNouns.stream().anyMatch(name::endsWith);
    }

    /** Case-list items give their category to the names found inside them; items with no name there stand alone. */
    private static List<ProjectCandidate> withCaseLists(List<ProjectCandidate> named, List<ProjectCandidate> items) {
        List<ProjectCandidate> merged = new ArrayList<>(named);
        merged.sort(Comparator.comparingInt(ProjectCandidate::start));
        int[] starts = merged.stream().mapToInt(ProjectCandidate::start).toArray();
        List<ProjectCandidate> alone = new ArrayList<>();
        for (ProjectCandidate item : items) {
            boolean covered = false;
            for (int i = firstAtOrAfter(starts, item.start() - LONGEST_NAME); i < starts.length && starts[i] < item.end(); i++) {
                ProjectCandidate name = merged.get(i);
                if (name.overlaps(item)) {
                    covered = true;
                    if (name.category() == null && item.category() != null) {
                        merged.set(i, name.withCategory(item.category()));
                    }
                }
            }
            if (!covered) {
                alone.add(item);
            }
        }
        merged.addAll(alone);
        return merged;
    }

    private static int firstAtOrAfter(int[] starts, int position) {
        return SortedSearch.firstAtLeast(starts.length, i -> starts[i], position);
    }

    /** Drops names inside longer ones ("ZOOD电商平台" inside "ZOOD电商平台项目"); text order. */
    private static List<ProjectCandidate> outermost(List<ProjectCandidate> candidates) {
        List<ProjectCandidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(ProjectCandidate::start)
                .thenComparing(Comparator.comparingInt(ProjectCandidate::end).reversed()));
        List<ProjectCandidate> kept = new ArrayList<>();
        for (ProjectCandidate candidate : sorted) {
            ProjectCandidate last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last != null && last.overlaps(candidate)) {
                if (last.category() == null && candidate.category() != null) {
                    kept.set(kept.size() - 1, last.withCategory(candidate.category()));
                }
                continue;
            }
            kept.add(candidate);
        }
        return kept;
    }

    /** The other names near name {@code i} (its sentence can hold no more than these). */
    private static List<Span> neighbours(List<Span> spans, int i) {
        List<Span> near = new ArrayList<>();
        int reach = 2 * Clauses.REACH;
        for (int k = i - 1; k >= 0 && spans.get(i).start() - spans.get(k).end() < reach; k--) {
            near.add(spans.get(k));
        }
        for (int k = i + 1; k < spans.size() && spans.get(k).start() - spans.get(i).end() < reach; k++) {
            near.add(spans.get(k));
        }
        return near;
    }
}
