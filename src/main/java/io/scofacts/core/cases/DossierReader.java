package io.scofacts.core.cases;

import io.scofacts.core.factsheet.DateFact;
import io.scofacts.core.factsheet.DocumentFact;
import io.scofacts.core.factsheet.FactSheet;
import io.scofacts.core.factsheet.OrganizationFact;
import io.scofacts.core.factsheet.ProjectFact;
import io.scofacts.core.factsheet.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads what one article says about each case and event it names, from its FactSheet and
 * text: which cases ({@link CaseReading}) and events ({@link EventReading}) it names and how,
 * the sentences naming them or referring back to them, the figures each measures
 * ({@link FigureOwners}), dated steps, and for events the organisers, what was signed there,
 * the parent event and sub-events. Pure and thread-safe.
 */
public final class DossierReader {

    /** Enough sentences for a summary and a conflict's evidence; keeps a mention item small. */
    private static final int MAX_SENTENCES = 8;
    private static final int MAX_FIGURES = 40;
    /** Sentences after one naming a case that may still refer back to it. */
    private static final int FOLLOW_UPS = 2;

    private final NameSignatures signatures;
    private final SentenceCues cues = new SentenceCues();
    private final NameWords words = new NameWords();
    private final ConceptRoles roles = new ConceptRoles();
    private final EventReading events;
    private final CaseReading cases;
    private final FigureOwners owners;

    public DossierReader(NameSignatures signatures) {
        this.signatures = signatures;
        this.events = new EventReading(signatures, roles, words, cues);
        this.cases = new CaseReading(signatures, roles, words);
        this.owners = new FigureOwners(words, roles, new Measures(words), cues, signatures);
    }

    public ArticleDossiers read(FactSheet sheet, String text) {
        if (sheet == null) {
            return ArticleDossiers.NONE;
        }
        ArticleText article = new ArticleText(text, sheet.title());
        ArticleCredit credit = new ArticleCredit(sheet.articleId(), sheet.title(), sheet.publisher(), sheet.publishedOn(),
                sheet.language());
        EventReading.Result eventReading = events.read(sheet, article);
        List<Named> caseList = cases.read(sheet, article, eventReading.programmes());
        List<Named> eventList = eventReading.events();
        List<Named> all = new ArrayList<>(caseList);
        all.addAll(eventList);
        Named main = eventList.stream().filter(e -> e.main).findFirst().orElse(null);
        Map<Named, List<Figure>> figures = new LinkedHashMap<>();
        for (FigureOwners.Owned owned : owners.assign(sheet.quantities(), article, all, main)) {
            List<Figure> own = figures.computeIfAbsent(owned.owner(), k -> new ArrayList<>());
            if (own.size() < MAX_FIGURES) {
                own.add(new Figure(owned.measure(), owned.quantity().value(), owned.quantity().unit(),
                        owned.quantity().approx(), owned.quantity().subject(), owned.quantity().text(),
                        owned.quantity().mention()));
            }
        }
        Map<String, CaseMention> caseMentions = new LinkedHashMap<>();
        for (Named named : caseList) {
            List<Figure> own = figures.getOrDefault(named, List.of());
            List<SourceSentence> sentences = sentences(named, own, article, all);
            if (named.category == null) {
                named.category = categoryOfItsSentences(sheet, sentences);
            }
            CaseMention mention = new CaseMention(named.id, sheet.articleId(), named.name(), named.signature.explain(),
                    Named.sortedCountries(named.countries), List.copyOf(named.parties), named.category, credit,
                    sentences, List.copyOf(own), timeline(sheet, sentences), otherNames(named));
            caseMentions.merge(named.id, mention, DossierReader::combine);
        }
        Map<String, EventMention> eventMentions = new LinkedHashMap<>();
        boolean onlyEvent = eventList.size() == 1;
        for (Named named : eventList) {
            List<Figure> own = figures.getOrDefault(named, List.of());
            List<SourceSentence> sentences = sentences(named, own, article, all);
            List<EventRef> subEvents = eventList.stream().filter(e -> e.parent == named)
                    .map(e -> new EventRef(e.id, e.name())).toList();
            EventRef parent = named.parent == null ? null : new EventRef(named.parent.id, named.parent.name());
            String year = named.parent != null ? named.parent.signature.year() : named.signature.year();
            EventMention mention = new EventMention(named.id, sheet.articleId(), named.name(), named.signature.explain(),
                    named.date, named.place, Named.sortedCountries(named.countries), year, parent, subEvents,
                    organisers(sheet, sentences), credit, sentences, List.copyOf(own),
                    signedThere(sheet.projects(), ProjectFact::name, ProjectFact::mentions, article, sentences, onlyEvent),
                    signedThere(sheet.documents(), DocumentFact::name, DocumentFact::mentions, article, sentences, onlyEvent),
                    otherNames(named));
            eventMentions.putIfAbsent(named.id, mention);
        }
        return new ArticleDossiers(caseMentions, eventMentions);
    }

    private static List<String> otherNames(Named named) {
        return List.copyOf(named.names.subList(1, named.names.size()));
    }

    /**
     * The sentences a source gives about one case or event: those naming it, those its figures
     * stand in, and the next ones when they open by referring back to it ("该项目总投资…").
     */
    private List<SourceSentence> sentences(Named named, List<Figure> figures, ArticleText article, List<Named> all) {
        Map<Span, SourceSentence> bySpan = new LinkedHashMap<>();
        List<Span> anchors = new ArrayList<>(named.mentions);
        figures.forEach(figure -> anchors.add(figure.mention()));
        anchors.sort(null);
        for (Span anchor : anchors) {
            if (bySpan.size() >= MAX_SENTENCES) {
                break;
            }
            SourceSentence sentence = article.sourceSentence(anchor);
            bySpan.putIfAbsent(sentence.span(), sentence);
            SourceSentence current = sentence;
            for (int step = 0; step < FOLLOW_UPS && bySpan.size() < MAX_SENTENCES; step++) {
                int next = current.span().end();
                while (next < article.text.length() && (Character.isWhitespace(article.text.charAt(next))
                        || isCloser(article.text.charAt(next)))) {
                    next++;
                }
                if (next >= article.text.length() || owners.referredBack(next, article, all) != named) {
                    break;
                }
                current = article.sourceSentence(new Span(next, next + 1));
                bySpan.putIfAbsent(current.span(), current);
            }
        }
        return List.copyOf(bySpan.values());
    }

    private static boolean isCloser(char c) {
        return c == '”' || c == '"' || c == '」' || c == '）' || c == ')';
    }

    /** A case's category, when a project of the sheet named in one of its sentences has one (the story's frame). */
    private static String categoryOfItsSentences(FactSheet sheet, List<SourceSentence> sentences) {
        for (ProjectFact project : sheet.projects()) {
            if (project.category() != null && project.mentions().stream().anyMatch(m -> inAny(m, sentences))) {
                return project.category();
            }
        }
        return null;
    }

    private static List<TimelineEntry> timeline(FactSheet sheet, List<SourceSentence> sentences) {
        List<TimelineEntry> entries = new ArrayList<>();
        sheet.events().forEach(event -> {
            if (event.date() != null && event.mentions().stream().anyMatch(m -> inAny(m, sentences))) {
                entries.add(new TimelineEntry(event.date(), TimelineEntry.EVENT, event.name(), sheet.articleId()));
            }
        });
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
                        article.sourceSentence(mention).text()))) {
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
        LinkedHashSet<String> countries = new LinkedHashSet<>(first.countries());
        countries.addAll(second.countries());
        LinkedHashSet<String> parties = new LinkedHashSet<>(first.parties());
        parties.addAll(second.parties());
        LinkedHashSet<String> otherNames = new LinkedHashSet<>(first.otherNames());
        otherNames.add(second.name());
        otherNames.addAll(second.otherNames());
        otherNames.remove(first.name());
        return new CaseMention(first.caseId(), first.articleId(), first.name(), first.why(),
                List.copyOf(new java.util.TreeSet<>(countries)), List.copyOf(parties),
                first.category() != null ? first.category() : second.category(), first.article(),
                List.copyOf(sentences), List.copyOf(figures), List.copyOf(timeline), List.copyOf(otherNames));
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
}
