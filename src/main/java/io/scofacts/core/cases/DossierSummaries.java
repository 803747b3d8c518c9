package io.scofacts.core.cases;

import io.scofacts.core.factsheet.Span;
import io.scofacts.core.text.NameKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Builds case and event summaries from what each source article says (its mention). Pure:
 * the same mentions give the same summary, whatever order they are read in.
 */
public final class DossierSummaries {

    private static final int SUMMARY_SENTENCES = 3;

    private DossierSummaries() {
    }

    /** Null when no article names the case. */
    public static CaseSummary ofCase(String caseId, List<CaseMention> unordered) {
        if (unordered.isEmpty()) {
            return null;
        }
        List<CaseMention> mentions = oldestFirst(unordered, CaseMention::article);
        Tally tally = Tally.EMPTY;
        FigureLedger figures = new FigureLedger();
        LinkedHashSet<String> parties = new LinkedHashSet<>();
        List<TimelineEntry> timeline = new ArrayList<>();
        Map<String, List<Citation>> categories = new TreeMap<>();
        for (CaseMention mention : mentions) {
            tally = tally.plus(CaseOverview.contribution(mention));
            mention.figures().forEach(f -> figures.add(f, mention.article()));
            parties.addAll(mention.parties());
            mention.timeline().stream().filter(t -> !timeline.contains(t)).forEach(timeline::add);
            if (mention.category() != null) {
                categories.computeIfAbsent(mention.category(), k -> new ArrayList<>()).add(cite(mention.article(), null));
            }
        }
        CaseOverview overview = CaseOverview.of(caseId, tally);
        timeline.sort(Comparator.comparing(TimelineEntry::date).thenComparing(TimelineEntry::kind));
        List<Conflict> conflicts = new ArrayList<>(figures.conflicts());
        addChoiceConflict(conflicts, "category", categories);
        List<SummarySentence> summary = summarySentences(mentions, CaseMention::article, CaseMention::sentences,
                m -> m.figures().stream().map(Figure::mention).toList());
        return new CaseSummary(caseId, overview.name(), overview.aliases(), overview.category(), overview.countries(),
                List.copyOf(parties), figures.claims(), List.copyOf(timeline),
                mentions.stream().map(m -> source(m.article(), m.name(), m.sentences())).toList(),
                joined(summary), summary, List.copyOf(conflicts),
                mergedNames(mentions, CaseMention::name, CaseMention::otherNames, CaseMention::why, CaseMention::articleId));
    }

    /** Null when no article reports the event. */
    public static EventSummary ofEvent(String eventId, List<EventMention> unordered) {
        if (unordered.isEmpty()) {
            return null;
        }
        List<EventMention> mentions = oldestFirst(unordered, EventMention::article);
        Tally tally = Tally.EMPTY;
        FigureLedger attendance = new FigureLedger();
        FigureLedger other = new FigureLedger();
        LinkedHashSet<String> organisers = new LinkedHashSet<>();
        LinkedHashSet<String> projects = new LinkedHashSet<>();
        LinkedHashSet<String> documents = new LinkedHashSet<>();
        Map<String, List<Citation>> dates = new TreeMap<>();
        Map<String, List<Citation>> places = new TreeMap<>();
        for (EventMention mention : mentions) {
            tally = tally.plus(EventOverview.contribution(mention));
            for (Figure figure : mention.figures()) {
                (isAttendance(figure) ? attendance : other).add(figure, mention.article());
            }
            organisers.addAll(mention.organisers());
            projects.addAll(mention.projects());
            documents.addAll(mention.documents());
            if (mention.date() != null) {
                dates.computeIfAbsent(mention.date(), k -> new ArrayList<>()).add(cite(mention.article(), null));
            }
            if (mention.place() != null) {
                places.computeIfAbsent(mention.place(), k -> new ArrayList<>()).add(cite(mention.article(), null));
            }
        }
        EventOverview overview = EventOverview.of(eventId, tally);
        List<Conflict> conflicts = new ArrayList<>(attendance.conflicts());
        conflicts.addAll(other.conflicts());
        addDateConflict(conflicts, dates);
        addPlaceConflict(conflicts, places);
        List<SummarySentence> summary = summarySentences(mentions, EventMention::article, EventMention::sentences,
                m -> m.figures().stream().map(Figure::mention).toList());
        return new EventSummary(eventId, overview.name(), overview.aliases(), overview.date(), overview.place(),
                overview.countries(), overview.year(), parent(mentions, overview.parentId()), subEvents(mentions),
                List.copyOf(organisers), attendance.claims(), other.claims(), List.copyOf(projects), List.copyOf(documents),
                mentions.stream().map(m -> source(m.article(), m.name(), m.sentences())).toList(),
                joined(summary), summary, List.copyOf(conflicts),
                mergedNames(mentions, EventMention::name, EventMention::otherNames, EventMention::why,
                        EventMention::articleId));
    }

    /** The parent the sources give most often, named as they write it. */
    private static EventRef parent(List<EventMention> mentions, String parentId) {
        if (parentId == null) {
            return null;
        }
        return mentions.stream().map(EventMention::parent).filter(p -> p != null && parentId.equals(p.eventId()))
                .findFirst().orElse(new EventRef(parentId, null));
    }

    /** Every sub-event any source names, once, in the order the sources (oldest first) name them. */
    private static List<EventRef> subEvents(List<EventMention> mentions) {
        Map<String, EventRef> byId = new LinkedHashMap<>();
        mentions.forEach(m -> m.subEvents().forEach(sub -> byId.putIfAbsent(sub.eventId(), sub)));
        return List.copyOf(byId.values());
    }

    /** People counted at an event: guests, delegates, participants, or people with no subject given. */
    private static boolean isAttendance(Figure figure) {
        return "person".equals(figure.unit());
    }

    /**
     * Dates disagree when neither says less than the other: 2025-06 (a source stating the
     * month) agrees with 2025-06-17; 2025-06-01 does not.
     */
    private static void addDateConflict(List<Conflict> conflicts, Map<String, List<Citation>> dates) {
        Map<String, List<Citation>> mostPrecise = new TreeMap<>();
        dates.forEach((date, sources) -> {
            if (dates.keySet().stream().noneMatch(other -> other.length() > date.length() && other.startsWith(date))) {
                mostPrecise.put(date, sources);
            }
        });
        addChoiceConflict(conflicts, "date", mostPrecise);
    }

    /**
     * Places are compared within a script only: 天津 and Tianjin are one place written twice,
     * and with no place translations at hand, two names in different scripts are not evidence
     * of a disagreement.
     */
    private static void addPlaceConflict(List<Conflict> conflicts, Map<String, List<Citation>> places) {
        Map<Character.UnicodeScript, Map<String, List<Citation>>> byScript = new TreeMap<>();
        places.forEach((place, sources) -> byScript.computeIfAbsent(scriptOf(place), k -> new TreeMap<>()).put(place, sources));
        byScript.values().forEach(sameScript -> addChoiceConflict(conflicts, "place", sameScript));
    }

    private static Character.UnicodeScript scriptOf(String name) {
        return name.codePoints().filter(Character::isLetter).mapToObj(Character.UnicodeScript::of).findFirst()
                .orElse(Character.UnicodeScript.COMMON);
    }

    /** Sources name different values of a field that has one value (a date, a place, a category). */
    private static void addChoiceConflict(List<Conflict> conflicts, String field, Map<String, List<Citation>> byValue) {
        if (byValue.size() > 1) {
            conflicts.add(new Conflict(field, null, byValue.entrySet().stream()
                    .map(e -> new Conflict.Claim(e.getKey(), e.getKey(), List.copyOf(e.getValue()))).toList()));
        }
    }

    /**
     * Up to three sentences quoted from the sources: those giving a figure first, then each
     * source's first sentence, earliest source first; repeated wording (agency copy) once.
     */
    private static <M> List<SummarySentence> summarySentences(List<M> mentions, Function<M, ArticleCredit> article,
            Function<M, List<SourceSentence>> sentences, Function<M, List<Span>> figureSpans) {
        record Candidate(int rank, int order, SummarySentence sentence) {
        }
        List<Candidate> candidates = new ArrayList<>();
        int order = 0;
        for (M mention : mentions) {
            List<SourceSentence> own = sentences.apply(mention);
            for (int i = 0; i < own.size(); i++) {
                SourceSentence s = own.get(i);
                boolean hasFigure = figureSpans.apply(mention).stream().anyMatch(span -> s.span().contains(span));
                int rank = (hasFigure ? 0 : 2) + (i == 0 ? 0 : 1);
                candidates.add(new Candidate(rank, order++, new SummarySentence(article.apply(mention).articleId(), s.span(), s.text())));
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : candidates.stream().sorted(Comparator.comparingInt(Candidate::rank)
                .thenComparingInt(Candidate::order)).toList()) {
            if (chosen.size() < SUMMARY_SENTENCES && seen.add(NameKey.of(c.sentence().text()))) {
                chosen.add(c);
            }
        }
        return chosen.stream().sorted(Comparator.comparingInt(Candidate::order)).map(Candidate::sentence).toList();
    }

    private static String joined(List<SummarySentence> sentences) {
        StringBuilder text = new StringBuilder();
        for (SummarySentence s : sentences) {
            if (text.length() > 0 && !NameWords.isHan(text.charAt(text.length() - 1))
                    && text.charAt(text.length() - 1) != '。') {
                text.append(' ');
            }
            text.append(s.text());
        }
        return text.toString();
    }

    /** Every wording sources give (an article's other wordings of it too, "the same in this article"), why and by whom. */
    private static <M> List<MergedName> mergedNames(List<M> mentions, Function<M, String> name,
            Function<M, List<String>> otherNames, Function<M, String> why, Function<M, String> articleId) {
        Map<String, List<String>> articles = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        for (M mention : mentions) {
            articles.computeIfAbsent(name.apply(mention), k -> new ArrayList<>()).add(articleId.apply(mention));
            reasons.putIfAbsent(name.apply(mention), why.apply(mention));
            for (String other : otherNames.apply(mention)) {
                List<String> ids = articles.computeIfAbsent(other, k -> new ArrayList<>());
                if (!ids.contains(articleId.apply(mention))) {
                    ids.add(articleId.apply(mention));
                }
                reasons.putIfAbsent(other, "named so in the same article as " + name.apply(mention));
            }
        }
        return articles.entrySet().stream()
                .map(e -> new MergedName(e.getKey(), reasons.get(e.getKey()), List.copyOf(e.getValue()))).toList();
    }

    private static Source source(ArticleCredit article, String name, List<SourceSentence> sentences) {
        return new Source(article.articleId(), article.title(), article.publisher(), article.publishedOn(), name,
                sentences.stream().map(SourceSentence::span).toList());
    }

    private static Citation cite(ArticleCredit article, Span mention) {
        return new Citation(article.articleId(), article.publisher(), article.publishedOn(), mention);
    }

    /** Sources by publication date (undated last), then by article id, so any reading order gives one summary. */
    private static <M> List<M> oldestFirst(List<M> mentions, Function<M, ArticleCredit> article) {
        return mentions.stream().sorted(Comparator.comparing((M m) -> {
            String date = article.apply(m).publishedOn();
            return date == null ? "9999" : date;
        }).thenComparing(m -> article.apply(m).articleId())).toList();
    }
}
