package io.scofacts.core.cases;

import io.scofacts.core.factsheet.DateFact;
import io.scofacts.core.factsheet.DocumentFact;
import io.scofacts.core.factsheet.EventFact;
import io.scofacts.core.factsheet.FactSheet;
import io.scofacts.core.factsheet.OrganizationFact;
import io.scofacts.core.factsheet.ProjectFact;
import io.scofacts.core.factsheet.QuantityFact;
import io.scofacts.core.factsheet.Span;
import io.scofacts.core.text.Sentences;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reads what one article says about each case and event it names, from its FactSheet and
 * text: the sentences naming it, the figures in those sentences, dated steps, and for events
 * the organisers and what was signed there. Pure and thread-safe.
 */
public final class DossierReader {

    /** Enough sentences for a summary and a conflict's evidence; keeps a mention item small. */
    private static final int MAX_SENTENCES = 8;
    private static final int MAX_SENTENCE_CHARS = 400;
    private static final int MAX_FIGURES = 40;

    private final NameSignatures signatures;
    private final SentenceCues cues = new SentenceCues();

    public DossierReader(NameSignatures signatures) {
        this.signatures = signatures;
    }

    public ArticleDossiers read(FactSheet sheet, String text) {
        if (sheet == null) {
            return ArticleDossiers.NONE;
        }
        ArticleText article = new ArticleText(text, Sentences.of(text));
        ArticleCredit credit = new ArticleCredit(sheet.articleId(), sheet.title(), sheet.publisher(), sheet.publishedOn(),
                sheet.language());
        Map<String, CaseMention> cases = new LinkedHashMap<>();
        for (ProjectFact project : sheet.projects()) {
            NameSignature signature = signatures.ofCase(project.name(), project.countries());
            String caseId = caseId(project, signature);
            List<SourceSentence> sentences = withFollowUps(article, sentences(article, project.mentions()), SentenceCues.ANAPHOR);
            CaseMention mention = new CaseMention(caseId, sheet.articleId(), project.name(), signature.explain(),
                    sorted(project.countries()), List.copyOf(project.parties()), project.category(), credit, sentences,
                    figures(sheet, sentences), timeline(sheet, sentences));
            cases.merge(caseId, mention, DossierReader::combine);
        }
        Map<String, EventMention> events = new LinkedHashMap<>();
        for (EventFact event : sheet.events()) {
            NameSignature signature = eventSignature(sheet, event);
            String eventId = eventId(event, signature);
            List<SourceSentence> sentences = withFollowUps(article, sentences(article, event.mentions()),
                    SentenceCues.EVENT_ANAPHOR);
            boolean onlyEvent = sheet.events().size() == 1;
            EventMention mention = new EventMention(eventId, sheet.articleId(), event.name(), signature.explain(),
                    event.date(), event.place(), eventCountries(sheet, event, signature), signature.year(), null,
                    List.of(), organisers(sheet, sentences), credit, sentences,
                    figures(sheet, sentences),
                    signedThere(sheet.projects(), ProjectFact::name, ProjectFact::mentions, article, sentences, onlyEvent),
                    signedThere(sheet.documents(), DocumentFact::name, DocumentFact::mentions, article, sentences, onlyEvent));
            events.putIfAbsent(eventId, mention);
        }
        return new ArticleDossiers(cases, events);
    }

    private static String caseId(ProjectFact project, NameSignature signature) {
        return DossierIds.of(DossierIds.CASE_PREFIX, signature, project.name());
    }

    private static String eventId(EventFact event, NameSignature signature) {
        return DossierIds.of(DossierIds.EVENT_PREFIX, signature, event.name());
    }

    private NameSignature eventSignature(FactSheet sheet, EventFact event) {
        return signatures.ofEvent(event.name(), yearOf(event.date() != null ? event.date() : sheet.publishedOn()));
    }

    /** The submitted text with its sentence boundaries, found once per article. */
    private record ArticleText(String text, Sentences sentences) {

        /** The sentence around {@code mention}, its final mark included, without surrounding whitespace. */
        SourceSentence sentenceAround(int start, int end) {
            int[] bounds = sentences.around(start, end);
            int from = bounds[0];
            int to = bounds[1] < text.length() && text.charAt(bounds[1]) != '\n' ? bounds[1] + 1 : bounds[1];
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            return new SourceSentence(new Span(from, to), text.substring(from, Math.min(to, from + MAX_SENTENCE_CHARS)));
        }
    }

    private static List<SourceSentence> sentences(ArticleText article, List<Span> mentions) {
        Map<Span, SourceSentence> bySpan = new LinkedHashMap<>();
        for (Span mention : mentions) {
            if (bySpan.size() == MAX_SENTENCES) {
                break;
            }
            SourceSentence sentence = article.sentenceAround(mention.start(), mention.end());
            bySpan.putIfAbsent(sentence.span(), sentence);
        }
        return List.copyOf(bySpan.values());
    }

    /**
     * Adds the sentences that go on about the case or event without naming it ("该项目总投资5亿元",
     * "论坛由…主办"): each sentence right after one naming it that opens by referring back to it.
     */
    private List<SourceSentence> withFollowUps(ArticleText article, List<SourceSentence> sentences, String anaphor) {
        String text = article.text();
        List<SourceSentence> all = new ArrayList<>(sentences);
        for (SourceSentence sentence : sentences) {
            SourceSentence current = sentence;
            for (int step = 0; step < 2 && all.size() < MAX_SENTENCES; step++) {
                int next = current.span().end();
                while (next < text.length() && (Character.isWhitespace(text.charAt(next)) || isCloser(text.charAt(next)))) {
                    next++;
                }
                if (next >= text.length()) {
                    break;
                }
                SourceSentence following = article.sentenceAround(next, next + 1);
                if (following.span().start() < current.span().end() || !cues.opensWith(anaphor, following.text())) {
                    break;
                }
                current = following;
                if (!all.contains(current)) {
                    all.add(current);
                }
            }
        }
        return List.copyOf(all);
    }

    private static boolean isCloser(char c) {
        return c == '”' || c == '"' || c == '」' || c == '）' || c == ')';
    }

    private List<Figure> figures(FactSheet sheet, List<SourceSentence> sentences) {
        List<Figure> figures = new ArrayList<>();
        for (QuantityFact quantity : sheet.quantities()) {
            if (figures.size() < MAX_FIGURES && inAny(quantity.mention(), sentences)) {
                figures.add(new Figure(measure(quantity), quantity.value(), quantity.unit(), quantity.approx(),
                        quantity.subject(), quantity.text(), quantity.mention()));
            }
        }
        return figures;
    }

    /** Unit plus what the subject says, so 1500余名嘉宾 and 600 guests measure the same thing. */
    private String measure(QuantityFact quantity) {
        if (quantity.subject() == null || quantity.subject().isBlank()) {
            return quantity.unit() + ":";
        }
        NameSignature subject = signatures.ofCase(quantity.subject(), List.of());
        TreeSet<String> words = new TreeSet<>(subject.concepts());
        words.addAll(subject.ownWords());
        return quantity.unit() + ":" + String.join(",", words);
    }

    private static List<TimelineEntry> timeline(FactSheet sheet, List<SourceSentence> sentences) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (EventFact event : sheet.events()) {
            if (event.date() != null && event.mentions().stream().anyMatch(m -> inAny(m, sentences))) {
                entries.add(new TimelineEntry(event.date(), TimelineEntry.EVENT, event.name(), sheet.articleId()));
            }
        }
        for (DateFact date : sheet.dates()) {
            SourceSentence sentence = containing(date.mention(), sentences);
            if (sentence != null) {
                entries.add(new TimelineEntry(date.date(), TimelineEntry.STATED, sentence.text(), sheet.articleId()));
            }
        }
        if (sheet.publishedOn() != null) {
            entries.add(new TimelineEntry(sheet.publishedOn(), TimelineEntry.PUBLISHED, sheet.title(), sheet.articleId()));
        }
        return entries;
    }

    private List<String> organisers(FactSheet sheet, List<SourceSentence> sentences) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (OrganizationFact organization : sheet.organizations()) {
            for (Span mention : organization.mentions()) {
                SourceSentence sentence = containing(mention, sentences);
                if (sentence != null && cues.has(SentenceCues.ORGANISER, sentence.text())) {
                    names.add(organization.name());
                }
            }
        }
        return List.copyOf(names);
    }

    /**
     * The names (of projects or documents) the article says were signed or released at the
     * event: named in a sentence that names the event, or, when the article reports one event
     * only, in a sentence that says it was signed or released.
     */
    private <T> List<String> signedThere(List<T> facts, Function<T, String> name, Function<T, List<Span>> mentions,
            ArticleText article, List<SourceSentence> eventSentences, boolean onlyEvent) {
        List<String> names = new ArrayList<>();
        for (T fact : facts) {
            for (Span mention : mentions.apply(fact)) {
                if (inAny(mention, eventSentences) || (onlyEvent && cues.has(SentenceCues.SIGNING,
                        article.sentenceAround(mention.start(), mention.end()).text()))) {
                    names.add(name.apply(fact));
                    break;
                }
            }
        }
        return names;
    }

    private static CaseMention combine(CaseMention first, CaseMention second) {
        List<SourceSentence> sentences = new ArrayList<>(first.sentences());
        second.sentences().stream().filter(s -> !sentences.contains(s)).forEach(sentences::add);
        List<Figure> figures = new ArrayList<>(first.figures());
        second.figures().stream().filter(f -> !figures.contains(f)).forEach(figures::add);
        List<TimelineEntry> timeline = new ArrayList<>(first.timeline());
        second.timeline().stream().filter(t -> !timeline.contains(t)).forEach(timeline::add);
        return new CaseMention(first.caseId(), first.articleId(), first.name(), first.why(),
                union(first.countries(), second.countries()), List.copyOf(new LinkedHashSet<>(concat(first.parties(), second.parties()))),
                first.category() != null ? first.category() : second.category(), first.article(),
                List.copyOf(sentences), List.copyOf(figures), List.copyOf(timeline));
    }

    private static boolean inAny(Span span, List<SourceSentence> sentences) {
        return containing(span, sentences) != null;
    }

    private static SourceSentence containing(Span span, List<SourceSentence> sentences) {
        for (SourceSentence sentence : sentences) {
            if (sentence.span().contains(span)) {
                return sentence;
            }
        }
        return null;
    }

    /** The countries an event's name names, and the country of its place. */
    private static List<String> eventCountries(FactSheet sheet, EventFact event, NameSignature signature) {
        TreeSet<String> codes = new TreeSet<>(signature.countries());
        if (event.place() != null) {
            sheet.places().stream().filter(p -> event.place().equals(p.name()) && p.country() != null)
                    .forEach(p -> codes.add(p.country()));
        }
        return List.copyOf(codes);
    }

    private static String yearOf(String isoDate) {
        return isoDate == null || isoDate.length() < 4 ? null : isoDate.substring(0, 4);
    }

    private static List<String> sorted(Collection<String> codes) {
        return List.copyOf(new TreeSet<>(codes));
    }

    private static List<String> union(List<String> a, List<String> b) {
        return sorted(concat(a, b));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
