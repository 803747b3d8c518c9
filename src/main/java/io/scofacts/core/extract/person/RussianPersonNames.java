package io.scofacts.core.extract.person;

import io.scofacts.core.extract.ner.RussianWordForms;
import io.scofacts.core.text.NormalizedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One Russian person, one name, however the story declines it: "Владимир Путин", "Путина",
 * "Путиным", "Владимира Путина" are one person. Mentions whose words are case forms of the
 * words of a fuller name are that person (a surname alone after the full name is a later
 * mention, not a new person), and every capitalised word elsewhere that is a case form of a
 * known surname is a mention too. A person is reported under the shortest writing of the
 * fullest name the story uses (the nominative where the story writes it: "Иван Петров" over
 * "Ивана Петрова").
 */
final class RussianPersonNames {

    private RussianPersonNames() {
    }

    /** The found names grouped into people, each renamed to its person's name, with later surname mentions added. */
    static List<PersonRecognizer.Found> group(NormalizedText view, List<PersonRecognizer.Found> found,
            List<WordNameFinder.WordToken> tokens, java.util.function.BiPredicate<Integer, Integer> free,
            RoleReader roles) {
        String text = view.text();
        List<String> written = new ArrayList<>();
        found.forEach(f -> written.add(text.substring(f.name().start(), f.name().end())));
        List<String> names = new ArrayList<>(new java.util.LinkedHashSet<>(written));
        names.sort((a, b) -> words(a) != words(b) ? Integer.compare(words(b), words(a)) : Integer.compare(a.length(), b.length()));
        // every person under the first letters of each word of the name, so a lookup reads a few names, not all
        Map<String, List<String>> byWord = new HashMap<>();
        for (String name : names) {
            if (personOf(name, byWord) == null) {
                for (String word : name.split(" ")) {
                    byWord.computeIfAbsent(RussianWordForms.bucket(word), k -> new ArrayList<>()).add(name);
                }
            }
        }
        Map<String, List<String>> surnames = new HashMap<>();
        byWord.values().stream().flatMap(List::stream).distinct().filter(p -> words(p) > 1).forEach(person -> {
            String surname = person.substring(person.lastIndexOf(' ') + 1);
            surnames.computeIfAbsent(RussianWordForms.bucket(surname), k -> new ArrayList<>()).add(person);
        });
        List<PersonRecognizer.Found> grouped = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            PersonRecognizer.Found f = found.get(i);
            String person = personOf(written.get(i), byWord);
            grouped.add(new PersonRecognizer.Found(f.name(), f.role(), person != null && !person.isEmpty() ? person : null));
        }
        for (WordNameFinder.WordToken token : tokens) {
            if (!token.capitalised() || token.length() < 4 || !free.test(token.start(), token.end())) {
                continue;
            }
            String word = text.substring(token.start(), token.end());
            String person = null;
            for (String candidate : surnames.getOrDefault(RussianWordForms.bucket(word), List.of())) {
                String surname = candidate.substring(candidate.lastIndexOf(' ') + 1);
                if (RussianWordForms.sameWord(word, surname)) {
                    person = person == null || person.equals(candidate) ? candidate : "";
                }
            }
            if (person != null && !person.isEmpty()) {
                grouped.add(new PersonRecognizer.Found(new NameSpan(token.start(), token.end()),
                        roles.roleAt(token.start(), token.end()), person));
            }
        }
        return grouped;
    }

    /**
     * The one person already indexed whose name holds every word of {@code name} in some case
     * form; null when none, "" when several.
     */
    private static String personOf(String name, Map<String, List<String>> byWord) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        String found = null;
        for (String person : byWord.getOrDefault(RussianWordForms.bucket(last), List.of())) {
            if (words(person) >= words(name) && RussianWordForms.containsName(person, name)) {
                if (found != null && !found.equals(person)) {
                    return "";
                }
                found = person;
            }
        }
        return found;
    }

    private static int words(String name) {
        int n = 1;
        for (int i = 0; i < name.length(); i++) {
            n += name.charAt(i) == ' ' ? 1 : 0;
        }
        return n;
    }

    /** The role written beside a later mention at view chars {@code [start, end)}. */
    interface RoleReader {
        Role roleAt(int start, int end);
    }
}
