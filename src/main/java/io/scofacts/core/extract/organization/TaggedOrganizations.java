package io.scofacts.core.extract.organization;

import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.NameCandidate;
import io.scofacts.core.extract.ner.RussianDictionary;
import java.util.List;
import java.util.Set;

/**
 * Judges the organisations the statistical tagger proposes in a Russian story. A name must hold
 * a capital letter, a digit or a quoted part ("федерального правительства" names no one body);
 * an opening « inside it takes the name to its closing » ("движения «Левый фронт»"); a name that
 * is exactly a country or place the recognisers found is that country or place; a long name
 * headed by an event word ("Совещание руководителей …") is the event's; one word the dictionary knows
 * only as a common word is no name; lower-case words before a Latin or quoted name are left out.
 */
final class TaggedOrganizations {

    /** A name of this many words or more that starts with an event's head word is the event's. */
    private static final int EVENT_NAME_WORDS = 3;

    /** Stems of the Russian head words of event names ("совещани", "форум"), from the event lexicon. */
    private final List<String> eventStems;

    TaggedOrganizations(OrganizationLexicon lexicon) {
        eventStems = lexicon.russianEventHeads;
    }

    private static final int MAX_QUOTED = 80;

    void find(ArticleScan scan, Findings findings, List<Candidate> out) {
        String text = scan.text;
        RussianDictionary.Reader dictionary = findings.nameCandidates().isEmpty() ? null : RussianDictionary.reader();
        for (NameCandidate candidate : findings.nameCandidates()) {
            if (candidate.kind() != NameCandidate.Kind.ORGANIZATION) {
                continue;
            }
            int start = nameStart(text, scan.view.viewIndexOf(candidate.span().start()),
                    scan.view.viewIndexOf(candidate.span().end()));
            int end = closeQuotes(text, start, scan.view.viewIndexOf(candidate.span().end()));
            if (end <= start || !named(text, start, end) || scan.countryEnd(start) == end || scan.placeEnd(start) == end
                    || commonWord(text, start, end, dictionary) || eventName(text, start, end)) {
                continue;
            }
            Set<String> countries = scan.countriesInside(start, end);
            out.add(new Candidate(start, end, countries.size() == 1 ? countries.iterator().next() : null));
        }
    }

    /**
     * Where the name starts: lower-case words before a brand in Latin letters or a quoted name
     * are the kind of body, not its name ("компанией Huawei" → "Huawei"); before any other
     * name they stay ("правительства Китая").
     */
    private static int nameStart(String text, int start, int end) {
        int at = start;
        while (at < end && Character.isLowerCase(text.charAt(at))) {
            int space = text.indexOf(' ', at);
            if (space < 0 || space + 1 >= end) {
                return start;
            }
            at = space + 1;
        }
        char first = at < end ? text.charAt(at) : ' ';
        boolean latin = first >= 'A' && first <= 'Z' || first >= 'a' && first <= 'z';
        return latin || first == '«' ? at : start;
    }

    /**
     * One capitalised word the dictionary knows only as a common word ("Министра", "Комитет",
     * "Практика"): a title or a word at a sentence start, not a body's name. Acronyms, and words
     * it does not know ("Гринпис", "Мосгордумы"), pass.
     */
    private static boolean commonWord(String text, int start, int end, RussianDictionary.Reader dictionary) {
        for (int i = start; i < end; i++) {
            if (!Character.isLetter(text.charAt(i)) && text.charAt(i) != '-') {
                return false;
            }
        }
        if (end - start < 2 || !Character.isLowerCase(text.charAt(start + 1))
                || Character.UnicodeBlock.of(text.charAt(start)) != Character.UnicodeBlock.CYRILLIC) {
            return false;
        }
        int classes = dictionary.classes(text.substring(start, end).toLowerCase(java.util.Locale.ROOT).replace('ё', 'е'));
        return (classes & RussianDictionary.UNKNOWN) == 0
                && (classes & (RussianDictionary.FIRST_NAME | RussianDictionary.SURNAME)) == 0;
    }

    /** "Совещание руководителей министерств …": a long name headed by an event word names a meeting, not a body. */
    private boolean eventName(String text, int start, int end) {
        int words = 1;
        for (int i = start; i < end; i++) {
            words += text.charAt(i) == ' ' ? 1 : 0;
        }
        if (words < EVENT_NAME_WORDS) {
            return false;
        }
        String first = text.substring(start, Math.min(end, start + 16)).toLowerCase(java.util.Locale.ROOT);
        return eventStems.stream().anyMatch(first::startsWith);
    }

    private static boolean named(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c) || Character.isDigit(c) || c == '«' || c == '"') {
                return true;
            }
        }
        return false;
    }

    /** The end of the name with an unclosed « inside it closed (within reach on the same line), else as proposed. */
    private static int closeQuotes(String text, int start, int end) {
        int open = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            open += c == '«' ? 1 : c == '»' ? -1 : 0;
        }
        int at = end;
        while (open > 0 && at < text.length() && at - end < MAX_QUOTED && text.charAt(at) != '\n') {
            char c = text.charAt(at++);
            open += c == '«' ? 1 : c == '»' ? -1 : 0;
        }
        return open == 0 ? at : end;
    }
}
