package io.scofacts.core.cases;

import io.scofacts.core.factsheet.DateFact;
import io.scofacts.core.factsheet.DocumentFact;
import io.scofacts.core.factsheet.EventFact;
import io.scofacts.core.factsheet.FactSheet;
import io.scofacts.core.factsheet.PlaceFact;
import io.scofacts.core.factsheet.Span;
import io.scofacts.core.text.SimplifiedChars;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The events one article reports, read from its FactSheet and text:
 * <ul>
 * <li>names cleaned ({@link NameCleaning}); readings of one event in the article (a short form,
 * a fragment) taken together ({@link SameThing}); the year from the name, else the event's
 * date, else the article's;</li>
 * <li>the article's main event: the one its headline or lead names;</li>
 * <li>parts of an event (a sub-forum, an opening or signing ceremony, the release of a
 * document at it) are events of their own with the event as parent: the event whose name
 * theirs begins with, else the main event. Their identity is the parent's and their own, so
 * "开幕式" in two reports of one forum is one opening ceremony;</li>
 * <li>a date or place counts for an event only where its own sentences state it, or for the main
 * event: an event mentioned in passing does not take the dateline of the story around it;</li>
 * <li>an event named as a running programme (a training) is handed back as a case.</li>
 * </ul>
 */
final class EventReading {

    /** Parts of an event that stories name by their kind alone ("主论坛上", "开幕式上"). */
    private static final List<String> PARTS_NAMED_BY_KIND = List.of("mainforum", "opening", "closing");
    private static final int MIN_KIND_WORD = 3;

    private final NameSignatures signatures;
    private final ConceptRoles roles;
    private final NameWords words;
    private final SentenceCues cues;

    EventReading(NameSignatures signatures, ConceptRoles roles, NameWords words, SentenceCues cues) {
        this.signatures = signatures;
        this.roles = roles;
        this.words = words;
        this.cues = cues;
    }

    /** The events of an article, and the programmes it reports as events (they are cases). */
    record Result(List<Named> events, List<Named> programmes) {
    }

    Result read(FactSheet sheet, ArticleText article) {
        String articleYear = yearOf(sheet.publishedOn());
        List<Named> gatherings = new ArrayList<>();
        List<Named> parts = new ArrayList<>();
        List<Named> programmes = new ArrayList<>();
        for (EventFact fact : sheet.events()) {
            String name = NameCleaning.clean(fact.name());
            NameSignature reading = signatures.ofEvent(name, null);
            if (reading.isEmpty()) {
                continue; // "会议", "the meeting": nothing to tell one event from another
            }
            ConceptRoles.Role role = roles.of(reading.head());
            Named named = new Named(role == ConceptRoles.Role.PROGRAMME ? Named.Kind.CASE : Named.Kind.EVENT, name);
            named.mentions.addAll(fact.mentions());
            named.date = fact.date();
            named.place = fact.place();
            named.signature = reading;
            if (roles.of(reading.head()) != null) {
                named.referredToAs.add(reading.head());
            }
            if (role == ConceptRoles.Role.PROGRAMME) {
                named.signature = signatures.ofCase(name, List.of());
                programmes.add(named);
            } else if (role == ConceptRoles.Role.SUBEVENT) {
                parts.add(named);
            } else {
                String dateYear = yearOf(fact.date());
                named.signature = signatures.ofEvent(name, dateYear != null ? dateYear : articleYear);
                gatherings.add(named);
            }
        }
        List<Named> events = new ArrayList<>(SameThing.group(gatherings));
        Named main = markMainEvent(events, sheet, article);
        List<Named> placedParts = new ArrayList<>();
        for (Named part : parts) {
            if (!placePart(part, events, main, articleYear)) {
                events.add(part);
            } else {
                placedParts.add(part);
            }
        }
        if (main != null) {
            placedParts.addAll(releases(sheet, article, main, events));
            placedParts.addAll(partsNamedByKind(article, main, events, placedParts));
        }
        for (Named event : events) {
            event.id = DossierIds.of(DossierIds.EVENT_PREFIX, event.signature, event.name());
        }
        List<Named> all = new ArrayList<>(events);
        all.addAll(groupByParent(placedParts));
        for (Named event : all) {
            if (event.parent != null) {
                event.id = DossierIds.ofPart(event.parent.signature, event.parent.name(), event.signature, event.name());
            }
            keepStatedDateAndPlace(event, sheet, article);
            event.countries.addAll(event.signature.countries());
            countryOfPlace(sheet, event.place).ifPresent(event.countries::add);
        }
        return new Result(all, programmes);
    }

    /** The event the headline or the lead names (the earliest named there), marked main; null if none. */
    private Named markMainEvent(List<Named> events, FactSheet sheet, ArticleText article) {
        String title = sheet.title() == null ? "" : NameWords.fold(sheet.title());
        Named main = null;
        for (Named event : events) {
            boolean inTitle = !title.isEmpty() && event.names.stream().anyMatch(n -> title.contains(NameWords.fold(n)));
            boolean inLead = event.mentions.stream().anyMatch(article::inLead);
            if ((inTitle || inLead) && (main == null || compare(event.firstMention(), main.firstMention()) < 0)) {
                main = event;
            }
        }
        if (main != null) {
            main.main = true;
        }
        return main;
    }

    /**
     * Gives a part its parent (the event whose name its own begins with, else the main event)
     * and its identity relative to it. False when it has none: it is an event on its own then.
     */
    private boolean placePart(Named part, List<Named> events, Named main, String articleYear) {
        String folded = NameWords.fold(part.name());
        for (Named event : events) {
            for (String name : event.names) {
                String parentName = NameWords.fold(name);
                if (folded.length() > parentName.length() && folded.startsWith(parentName)) {
                    part.parent = event;
                    part.signature = signatures.ofEvent(folded.substring(parentName.length()), null);
                    return true;
                }
            }
        }
        if (main == null) {
            String dateYear = yearOf(part.date);
            part.signature = signatures.ofEvent(part.name(), dateYear != null ? dateYear : articleYear);
            return false;
        }
        part.parent = main;
        part.signature = signatures.ofEvent(part.name(), null);
        return true;
    }

    /**
     * Documents the article says were released at its main event ("论坛期间发布了…", "论坛发布的《…》"):
     * each release is a part of the event, named by the document.
     */
    private List<Named> releases(FactSheet sheet, ArticleText article, Named main, List<Named> events) {
        List<Named> releases = new ArrayList<>();
        for (DocumentFact document : sheet.documents()) {
            for (Span mention : document.mentions()) {
                Span sentence = article.sentence(mention.start());
                String text = article.text.substring(sentence.start(), sentence.end());
                boolean released = words.forms("release").stream().anyMatch(NameWords.fold(text)::contains);
                boolean atTheEvent = main.mentions.stream().anyMatch(sentence::contains)
                        || cues.opensWith(SentenceCues.EVENT_ANAPHOR, text);
                if (released && atTheEvent) {
                    String name = NameCleaning.clean(document.name());
                    Named release = new Named(Named.Kind.EVENT, name);
                    release.mentions.addAll(document.mentions());
                    release.signature = signatures.ofCase(name, List.of());
                    release.parent = main;
                    if (release.signature.head() != null) {
                        release.referredToAs.add(release.signature.head());
                    }
                    releases.add(release);
                    break;
                }
            }
        }
        return releases;
    }

    /** Parts a story names by their kind alone ("主论坛上，…"): parts of its main event. */
    private List<Named> partsNamedByKind(ArticleText article, Named main, List<Named> events, List<Named> parts) {
        String simplified = SimplifiedChars.of(article.text);
        List<Named> found = new ArrayList<>();
        for (String kind : PARTS_NAMED_BY_KIND) {
            for (String form : words.forms(kind)) {
                if (form.length() < MIN_KIND_WORD || !NameWords.isHan(form.charAt(0))) {
                    continue;
                }
                for (int at = simplified.indexOf(form); at >= 0; at = simplified.indexOf(form, at + form.length())) {
                    Span span = new Span(at, at + form.length());
                    if (within(span, events) || within(span, parts) || (at > 0 && isCount(simplified.charAt(at - 1)))) {
                        continue;
                    }
                    Named part = new Named(Named.Kind.EVENT, article.text.substring(at, at + form.length()));
                    part.mentions.add(span);
                    part.signature = signatures.ofEvent(part.name(), null);
                    part.parent = main;
                    part.referredToAs.add(kind);
                    found.add(part);
                }
            }
        }
        return found;
    }

    /** Parts of one parent that are one part, together. */
    private static List<Named> groupByParent(List<Named> parts) {
        Map<Named, List<Named>> byParent = new LinkedHashMap<>();
        parts.forEach(part -> byParent.computeIfAbsent(part.parent, p -> new ArrayList<>()).add(part));
        List<Named> grouped = new ArrayList<>();
        byParent.forEach((parent, own) -> SameThing.group(own).forEach(part -> {
            part.parent = parent;
            grouped.add(part);
        }));
        return grouped;
    }

    /**
     * Keeps a date and place only where the event's own sentences state them (the main event
     * keeps its own), a date to the precision stated ("2025年6月" is 2025-06, not 2025-06-01).
     */
    private static void keepStatedDateAndPlace(Named event, FactSheet sheet, ArticleText article) {
        List<Span> sentences = event.mentions.stream().map(m -> article.sentence(m.start())).toList();
        if (event.date != null) {
            DateFact stated = null;
            for (DateFact date : sheet.dates()) {
                if (event.date.equals(date.date()) && sentences.stream().anyMatch(s -> s.contains(date.mention()))) {
                    stated = date;
                }
            }
            if (stated != null) {
                event.date = "month".equals(stated.precision()) ? event.date.substring(0, 7)
                        : "year".equals(stated.precision()) ? event.date.substring(0, 4) : event.date;
            } else if (!event.main) {
                event.date = null;
            }
        }
        if (event.place != null && !event.main) {
            String place = event.place;
            event.place = sentences.stream().anyMatch(s -> article.text.substring(s.start(), s.end()).contains(place))
                    ? place : null;
        }
    }

    private static java.util.Optional<String> countryOfPlace(FactSheet sheet, String place) {
        if (place == null) {
            return java.util.Optional.empty();
        }
        return sheet.places().stream().filter(p -> place.equals(p.name()) && p.country() != null)
                .map(PlaceFact::country).findFirst();
    }

    private static boolean within(Span span, List<Named> named) {
        return named.stream().anyMatch(n -> n.mentions.stream().anyMatch(m -> m.overlaps(span)));
    }

    /** A numeral or measure word before a kind word counts parts ("四个平行论坛"), it names none. */
    private static boolean isCount(char c) {
        return Character.isDigit(c) || "个场项届次一二三四五六七八九十两多余".indexOf(c) >= 0;
    }

    private static int compare(Span a, Span b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return a.compareTo(b);
    }

    static String yearOf(String isoDate) {
        return isoDate == null || isoDate.length() < 4 ? null : isoDate.substring(0, 4);
    }
}
