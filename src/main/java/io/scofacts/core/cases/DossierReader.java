package io.scofacts.core.cases;

import io.scofacts.core.factsheet.DateFact;
import io.scofacts.core.factsheet.DocumentFact;
import io.scofacts.core.factsheet.EventFact;
import io.scofacts.core.factsheet.FactSheet;
import io.scofacts.core.factsheet.OrganizationFact;
import io.scofacts.core.factsheet.ProjectFact;
import io.scofacts.core.factsheet.QuantityFact;
import io.scofacts.core.factsheet.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

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
        ArticleCredit credit = new ArticleCredit(sheet.articleId(), sheet.title(), sheet.publisher(), sheet.publishedOn(),
                sheet.language());
        Map<String, CaseMention> cases = new LinkedHashMap<>();
        for (ProjectFact project : sheet.projects()) {
            NameSignature signature = signatures.ofCase(project.name(), project.countries());
            String caseId = DossierIds.of(DossierIds.CASE_PREFIX, signature, project.name());
            List<SourceSentence> sentences = withFollowUps(text, sentences(text, project.mentions()), SentenceCues.ANAPHOR);
            CaseMention mention = new CaseMention(caseId, sheet.articleId(), project.name(), signature.explain(),
                    sorted(project.countries()), List.copyOf(project.parties()), project.category(), credit, sentences,
                    figures(sheet, sentences), timeline(sheet, sentences));
            cases.merge(caseId, mention, DossierReader::combine);
        }
        Map<String, EventMention> events = new LinkedHashMap<>();
        for (EventFact event : sheet.events()) {
            String year = yearOf(event.date() != null ? event.date() : sheet.publishedOn());
            NameSignature signature = signatures.ofEvent(event.name(), year);
            String eventId = DossierIds.of(DossierIds.EVENT_PREFIX, signature, event.name());
            List<SourceSentence> sentences = withFollowUps(text, sentences(text, event.mentions()),
                    SentenceCues.EVENT_ANAPHOR);
            boolean onlyEvent = sheet.events().size() == 1;
            EventMention mention = new EventMention(eventId, sheet.articleId(), event.name(), signature.explain(),
                    event.date(), event.place(), organisers(sheet, sentences), credit, sentences,
                    figures(sheet, sentences), signedProjects(sheet, text, sentences, onlyEvent),
                    signedDocuments(sheet, text, sentences, onlyEvent));
            events.putIfAbsent(eventId, mention);
        }
        return new ArticleDossiers(cases, events);
    }

    private static List<SourceSentence> sentences(String text, List<Span> mentions) {
        Map<Span, SourceSentence> bySpan = new LinkedHashMap<>();
        for (Span mention : mentions) {
            if (bySpan.size() == MAX_SENTENCES) {
                break;
            }
            Span sentence = Sentences.around(text, mention);
            String sentenceText = text.substring(sentence.start(), Math.min(sentence.end(), sentence.start() + MAX_SENTENCE_CHARS));
            bySpan.putIfAbsent(sentence, new SourceSentence(sentence, sentenceText));
        }
        return List.copyOf(bySpan.values());
    }

    /**
     * Adds the sentences that go on about the case or event without naming it ("该项目总投资5亿元",
     * "论坛由…主办"): each sentence right after one naming it that opens by referring back to it.
     */
    private List<SourceSentence> withFollowUps(String text, List<SourceSentence> sentences, String anaphor) {
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
                Span following = Sentences.around(text, new Span(next, next + 1));
                String followingText = text.substring(following.start(), Math.min(following.end(), following.start() + MAX_SENTENCE_CHARS));
                if (following.start() < current.span().end() || !cues.opensWith(anaphor, followingText)) {
                    break;
                }
                current = new SourceSentence(following, followingText);
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

    private List<String> signedProjects(FactSheet sheet, String text, List<SourceSentence> sentences, boolean onlyEvent) {
        List<String> names = new ArrayList<>();
        for (ProjectFact project : sheet.projects()) {
            if (signedThere(project.mentions(), text, sentences, onlyEvent)) {
                names.add(project.name());
            }
        }
        return names;
    }

    private List<String> signedDocuments(FactSheet sheet, String text, List<SourceSentence> sentences, boolean onlyEvent) {
        List<String> names = new ArrayList<>();
        for (DocumentFact document : sheet.documents()) {
            if (signedThere(document.mentions(), text, sentences, onlyEvent)) {
                names.add(document.name());
            }
        }
        return names;
    }

    /**
     * Named in a sentence that names the event, or, when the article reports one event only,
     * in a sentence that says it was signed or released.
     */
    private boolean signedThere(List<Span> mentions, String text, List<SourceSentence> eventSentences, boolean onlyEvent) {
        for (Span mention : mentions) {
            if (inAny(mention, eventSentences)) {
                return true;
            }
            if (onlyEvent) {
                Span sentence = Sentences.around(text, mention);
                if (cues.has(SentenceCues.SIGNING, text.substring(sentence.start(), sentence.end()))) {
                    return true;
                }
            }
        }
        return false;
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
