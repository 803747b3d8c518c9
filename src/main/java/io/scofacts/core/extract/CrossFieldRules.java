package io.scofacts.core.extract;

import io.scofacts.core.factsheet.QuantityFact;
import io.scofacts.core.factsheet.Span;
import io.scofacts.core.text.NameKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one field's findings imply for another, applied when the sheet is assembled, after every
 * recogniser has run: a name the project recogniser claims as a project is not also an
 * organisation, nor is a body named only inside a document's title; a place written only inside
 * a body's name is no place of the story; the medium the story is credited to is an organisation
 * of the story; a project's countries include those of the parties building it.
 */
final class CrossFieldRules {

    private CrossFieldRules() {
    }

    static List<OrganizationMention> organizations(AnalyzedArticle article, Findings findings) {
        List<Span> titles = new ArrayList<>();
        findings.documents().forEach(document -> titles.add(document.span()));
        Map<String, PlaceMention> placeAcronyms = placeAcronyms(article.original(), findings.places());
        List<OrganizationMention> kept = new ArrayList<>();
        for (OrganizationMention organization : findings.organizations()) {
            Span span = organization.span();
            if (placeAcronyms.containsKey(organization.name())) {
                continue; // "(СУАР)" after the region's name: the region, not a body
            }
            // "《上合组织成员国元首理事会关于…的声明》": a body named only inside a document's title is
            // part of that title (a meeting's name is not: "the SCO summit" still names the SCO)
            boolean inTitle = titles.stream().anyMatch(title -> within(span, title) && !title.equals(span));
            if (!inTitle && findings.projects().stream().noneMatch(p -> within(span, p.span()))) {
                kept.add(organization);
            }
        }
        for (OrganizationMention medium : findings.creditedMedia()) {
            if (kept.stream().noneMatch(o -> NameKey.of(o.name()).equals(NameKey.of(medium.name())))) {
                kept.add(medium);
            }
        }
        return kept;
    }

    /**
     * "Jinda Anbang (Beijing) Technology Co., Ltd", "文章来源: 天津国资公众号": a place written only as
     * part of a body's or a credited medium's name is where the body sits, not a place the story
     * is about; such mentions are dropped (a place also written on its own keeps those mentions).
     */
    static List<PlaceMention> places(AnalyzedArticle article, Findings findings, List<OrganizationMention> organizations) {
        List<Span> names = new ArrayList<>();
        organizations.forEach(organization -> names.add(organization.span()));
        findings.creditedMedia().forEach(medium -> names.add(medium.span()));
        List<PlaceMention> kept = new ArrayList<>();
        for (PlaceMention place : findings.places()) {
            Span span = place.span();
            boolean inside = names.stream().anyMatch(name -> within(span, name) && !name.equals(span));
            if (!inside) {
                kept.add(place);
            }
        }
        return withDefinedAcronyms(article.original(), kept, names);
    }

    /**
     * "Синьцзян-Уйгурского автономного района (СУАР)": an acronym in brackets right after a place
     * is that place's short form; its mentions are reported under the place's name.
     */
    private static Map<String, PlaceMention> placeAcronyms(String text, List<PlaceMention> places) {
        Map<String, PlaceMention> defined = new HashMap<>();
        for (PlaceMention place : places) {
            String acronym = acronymAfter(text, place.span().end());
            if (acronym != null && !acronym.equals(place.name())) {
                defined.putIfAbsent(acronym, place);
            }
        }
        return defined;
    }

    private static List<PlaceMention> withDefinedAcronyms(String text, List<PlaceMention> places, List<Span> bodies) {
        Map<String, PlaceMention> defined = placeAcronyms(text, places);
        if (defined.isEmpty()) {
            return places;
        }
        List<PlaceMention> renamed = new ArrayList<>(places.size());
        for (PlaceMention place : places) {
            PlaceMention full = defined.get(place.name());
            renamed.add(full == null ? place : new PlaceMention(full.name(), full.country(), place.span()));
        }
        // the acronym's other uses, where no recogniser read it, are mentions of the place too
        defined.forEach((acronym, full) -> {
            for (int at = text.indexOf(acronym); at >= 0; at = text.indexOf(acronym, at + acronym.length())) {
                Span span = new Span(at, at + acronym.length());
                boolean whole = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                        && (span.end() == text.length() || !Character.isLetterOrDigit(text.charAt(span.end())));
                boolean taken = renamed.stream().anyMatch(p -> p.span().start() < span.end() && span.start() < p.span().end())
                        || bodies.stream().anyMatch(body -> within(span, body) && !body.equals(span));
                if (whole && !taken) {
                    renamed.add(new PlaceMention(full.name(), full.country(), span));
                }
            }
        });
        return renamed;
    }

    private static final int MAX_ACRONYM = 7;

    private static String acronymAfter(String text, int end) {
        int open = end < text.length() && text.charAt(end) == ' ' ? end + 1 : end;
        if (open >= text.length() || (text.charAt(open) != '(' && text.charAt(open) != '（')) {
            return null;
        }
        int close = open + 1;
        while (close < text.length() && Character.isUpperCase(text.charAt(close)) && close - open <= MAX_ACRONYM) {
            close++;
        }
        boolean closed = close < text.length() && (text.charAt(close) == ')' || text.charAt(close) == '）');
        return closed && close - open - 1 >= 2 ? text.substring(open + 1, close) : null;
    }

    /** "мастерская Лу Баня", "Luban Workshop": a person a project is named after is part of its name. */
    static List<PersonMention> people(Findings findings) {
        List<PersonMention> kept = new ArrayList<>();
        for (PersonMention person : findings.people()) {
            if (findings.projects().stream().noneMatch(p -> within(person.span(), p.span()) && !p.span().equals(person.span()))) {
                kept.add(person);
            }
        }
        return kept;
    }

    /**
     * A figure written inside the name of a document or an event ("未来十年发展战略", "Programme
     * 2026–2030", "Forum of 100 Cities") is part of that name, not a quantity the story reports.
     */
    static List<QuantityFact> quantities(Findings findings) {
        List<Span> names = new ArrayList<>();
        findings.documents().forEach(d -> names.add(d.span()));
        findings.events().forEach(e -> names.add(e.span()));
        return findings.quantities().stream()
                .filter(q -> names.stream().noneMatch(name -> within(q.mention(), name)))
                .toList();
    }

    static List<ProjectMention> projects(List<ProjectMention> projects, List<OrganizationMention> organizations) {
        Map<String, String> countryByName = new HashMap<>();
        organizations.stream().filter(o -> o.country() != null)
                .forEach(o -> countryByName.putIfAbsent(NameKey.of(o.name()), o.country()));
        return projects.stream().map(project -> {
            LinkedHashSet<String> countries = new LinkedHashSet<>(project.countries());
            project.parties().stream().map(party -> countryByName.get(NameKey.of(party)))
                    .filter(Objects::nonNull).forEach(countries::add);
            return countries.size() == project.countries().size() ? project
                    : new ProjectMention(project.name(), project.category(), List.copyOf(countries), project.parties(),
                            project.span());
        }).toList();
    }


    private static boolean within(Span inner, Span outer) {
        return outer.start() <= inner.start() && inner.end() <= outer.end();
    }
}
