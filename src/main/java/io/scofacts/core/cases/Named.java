package io.scofacts.core.cases;

import io.scofacts.core.factsheet.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A case or event as one article names it, while the article is read: its wordings, where it
 * is named, its signature and id, and what the article says of it besides figures. Mutable,
 * local to one reading.
 */
final class Named {

    enum Kind {
        CASE, EVENT
    }

    final Kind kind;
    /** Every wording of it in the article, the one shown first. */
    final List<String> names = new ArrayList<>();
    final List<Span> mentions = new ArrayList<>();
    final Set<String> countries = new TreeSet<>();
    final Set<String> parties = new LinkedHashSet<>();
    /** Concepts whose bare words ("该中心", "the forum", "该案例集") refer back to it. */
    final Set<String> referredToAs = new LinkedHashSet<>();
    NameSignature signature;
    String id;
    String category;
    String date;
    String place;
    Named parent;
    /** True for the event a story is about (its headline or lead names it). */
    boolean main;

    Named(Kind kind, String name) {
        this.kind = kind;
        names.add(name);
    }

    String name() {
        return names.get(0);
    }

    void addName(String name) {
        if (!names.contains(name)) {
            names.add(name);
        }
    }

    /** Takes in another reading of the same thing in the same article. */
    void absorb(Named other) {
        other.names.forEach(this::addName);
        other.mentions.stream().filter(m -> !mentions.contains(m)).forEach(mentions::add);
        mentions.sort(null);
        countries.addAll(other.countries);
        parties.addAll(other.parties);
        referredToAs.addAll(other.referredToAs);
        category = category != null ? category : other.category;
        date = date != null ? date : other.date;
        place = place != null ? place : other.place;
        main = main || other.main;
    }

    Span firstMention() {
        return mentions.isEmpty() ? null : mentions.get(0);
    }

    static List<String> sortedCountries(Set<String> codes) {
        return List.copyOf(new TreeSet<>(codes));
    }
}
