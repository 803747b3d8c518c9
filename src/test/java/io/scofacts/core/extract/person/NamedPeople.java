package io.scofacts.core.extract.person;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.extract.WholeExtractor;
import io.scofacts.core.factsheet.FactSheet;
import io.scofacts.core.factsheet.PersonFact;
import java.util.Map;
import java.util.stream.Collectors;

/** The people of a test text's FactSheet by name, for tests that look one up. */
final class NamedPeople {

    private NamedPeople() {
    }

    static Map<String, PersonFact> of(String text) {
        return of(WholeExtractor.sheet(text));
    }

    static Map<String, PersonFact> of(FactSheet sheet) {
        return sheet.people().stream().collect(Collectors.toMap(PersonFact::name, p -> p, (a, b) -> a));
    }

    /** The person named {@code name} in {@code text}; fails, listing the names found, when there is none. */
    static PersonFact in(String text, String name) {
        Map<String, PersonFact> people = of(text);
        PersonFact person = people.get(name);
        assertTrue(person != null, people.keySet().toString());
        return person;
    }
}
