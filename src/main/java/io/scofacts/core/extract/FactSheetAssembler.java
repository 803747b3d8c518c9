package io.scofacts.core.extract;

import io.scofacts.core.factsheet.CountryFact;
import io.scofacts.core.factsheet.DateFact;
import io.scofacts.core.factsheet.DocumentFact;
import io.scofacts.core.factsheet.EventFact;
import io.scofacts.core.factsheet.FactSheet;
import io.scofacts.core.factsheet.OrganizationFact;
import io.scofacts.core.factsheet.PersonFact;
import io.scofacts.core.factsheet.PlaceFact;
import io.scofacts.core.factsheet.ProjectFact;
import io.scofacts.core.factsheet.QuantityFact;
import io.scofacts.core.factsheet.QuoteFact;
import io.scofacts.core.factsheet.Span;
import io.scofacts.core.text.NameKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns the mentions the recognisers found into the FactSheet: one entry per country or
 * project with all its mentions in text order, figures and quotes in text order, each
 * figure or date reported once however many recognisers saw it.
 */
final class FactSheetAssembler {

    private FactSheetAssembler() {
    }

    static FactSheet assemble(AnalyzedArticle article, Findings findings, String extractorVersion) {
        ArticleInput input = article.input();
        String title = input.title() != null && !input.title().isBlank() ? input.title().strip() : findings.title();
        String publishedOn = input.publishedOn() != null ? input.publishedOn().toString() : findings.publishedOn();
        List<OrganizationMention> organizations = CrossFieldRules.organizations(article, findings);
        return new FactSheet(FactSheet.SCHEMA, input.articleId(), extractorVersion,
                article.language().language(), article.language().script(), title, publishedOn,
                findings.publisher(), List.copyOf(findings.reporters()),
                countries(findings.countries()),
                byName(CrossFieldRules.places(article, findings, organizations), PlaceMention::name, PlaceMention::span, (found, spans) ->
                        new PlaceFact(usualName(found), first(found, PlaceMention::country), spans)),
                byName(organizations, OrganizationMention::name, OrganizationMention::span,
                        (found, spans) -> new OrganizationFact(found.get(0).name(),
                                first(found, OrganizationMention::country), spans)),
                people(CrossFieldRules.people(findings)),
                byName(findings.events(), EventMention::name, EventMention::span, (found, spans) ->
                        new EventFact(found.get(0).name(), first(found, EventMention::date),
                                first(found, EventMention::place), spans)),
                byName(findings.documents(), DocumentMention::name, DocumentMention::span,
                        (found, spans) -> new DocumentFact(found.get(0).name(), spans)),
                projects(CrossFieldRules.projects(findings.projects(), organizations)),
                distinctBySpan(CrossFieldRules.quantities(findings), QuantityFact::mention),
                quotes(findings.quotes(), findings.people()),
                distinctBySpan(findings.dates(), DateFact::mention));
    }

    /** People grouped by name, a mention by the last part of a name counted under the full name. */
    private static List<PersonFact> people(List<PersonMention> mentions) {
        Set<String> fullNames = fullNames(mentions);
        List<PersonMention> completed = mentions.stream().map(m -> new PersonMention(
                FullNames.complete(m.name(), fullNames), m.title(), m.affiliation(), m.country(), m.span())).toList();
        return byName(completed, PersonMention::name, PersonMention::span, (found, spans) ->
                new PersonFact(found.get(0).name(), first(found, PersonMention::title),
                        first(found, PersonMention::affiliation), first(found, PersonMention::country), spans));
    }

    /** Quotes in text order, each speaker named in full when the story names that person in full. */
    private static List<QuoteFact> quotes(List<QuoteFact> quotes, List<PersonMention> people) {
        Set<String> fullNames = fullNames(people);
        return quotes.stream().sorted(Comparator.comparing(q -> q.mention().get(0)))
                .map(q -> q.speaker() == null ? q : q.withSpeaker(FullNames.complete(q.speaker(), fullNames)))
                .toList();
    }

    private static Set<String> fullNames(List<PersonMention> people) {
        return people.stream().map(PersonMention::name).filter(n -> n.indexOf('·') > 0 || n.indexOf(' ') > 0)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static List<CountryFact> countries(List<CountryMention> mentions) {
        Map<String, List<CountryMention>> byCode = new LinkedHashMap<>();
        mentions.stream().sorted(Comparator.comparing(CountryMention::span))
                .forEach(m -> byCode.computeIfAbsent(m.code(), code -> new ArrayList<>()).add(m));
        List<CountryFact> countries = new ArrayList<>();
        byCode.forEach((code, found) -> countries.add(new CountryFact(code, displayName(found),
                spans(found, CountryMention::span))));
        return countries;
    }

    /** The first full name the story writes; a short form (中, 乌, 乌方) only when it never writes one. */
    private static String displayName(List<CountryMention> mentions) {
        return mentions.stream().map(CountryMention::surface).filter(s -> !isShortForm(s)).findFirst()
                .orElse(mentions.get(0).surface());
    }

    private static boolean isShortForm(String surface) {
        return surface.length() == 1 || (surface.length() == 2 && surface.charAt(1) == '方');
    }

    private static List<ProjectFact> projects(List<ProjectMention> mentions) {
        Map<String, List<ProjectMention>> byName = new LinkedHashMap<>();
        mentions.stream().sorted(Comparator.comparing(ProjectMention::span))
                .forEach(m -> byName.computeIfAbsent(NameKey.of(m.name()), key -> new ArrayList<>()).add(m));
        List<ProjectFact> projects = new ArrayList<>();
        byName.values().forEach(found -> {
            LinkedHashSet<String> countries = new LinkedHashSet<>();
            LinkedHashSet<String> parties = new LinkedHashSet<>();
            String category = null;
            for (ProjectMention mention : found) {
                countries.addAll(mention.countries());
                parties.addAll(mention.parties());
                category = category != null ? category : mention.category();
            }
            projects.add(new ProjectFact(found.get(0).name(), category, List.copyOf(countries),
                    List.copyOf(parties), spans(found, ProjectMention::span)));
        });
        return projects;
    }

    /**
     * One fact per distinct name (compared as {@link NameKey}s), named as the story first
     * writes it, with every mention's span in text order.
     */
    private static <M, F> List<F> byName(List<M> mentions, Function<M, String> name, Function<M, Span> span,
            BiFunction<List<M>, List<Span>, F> fact) {
        Map<String, List<M>> grouped = new LinkedHashMap<>();
        mentions.stream().sorted(Comparator.comparing(span))
                .forEach(m -> grouped.computeIfAbsent(NameKey.of(name.apply(m)), key -> new ArrayList<>()).add(m));
        return grouped.values().stream().map(found -> fact.apply(found, spans(found, span))).toList();
    }

    /** The first non-null value of an attribute among one fact's mentions, in text order. */
    private static <M> String first(List<M> mentions, Function<M, String> attribute) {
        return mentions.stream().map(attribute).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static <T> List<Span> spans(List<T> items, Function<T, Span> span) {
        return List.copyOf(new TreeSet<>(items.stream().map(span).toList()));
    }

    private static <T> List<T> distinctBySpan(List<T> items, Function<T, Span> span) {
        Map<Span, T> first = new LinkedHashMap<>();
        items.stream().sorted(Comparator.comparing(span)).forEach(item -> first.putIfAbsent(span.apply(item), item));
        return List.copyOf(first.values());
    }

    /**
     * The place's name as the story first writes it, passing over a dateline's capitals ("TIANJIN,
     * July 11 ...") when the story also writes the name the usual way; a place named only in
     * capitals keeps them.
     */
    private static String usualName(List<PlaceMention> found) {
        for (PlaceMention mention : found) {
            if (!inCapitals(mention.name())) {
                return mention.name();
            }
        }
        return found.get(0).name();
    }

    private static boolean inCapitals(String name) {
        boolean letters = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isUpperCase(c);
        }
        return letters;
    }
}
