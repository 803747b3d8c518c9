package io.scofacts.core.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.extract.WholeExtractor;
import io.scofacts.core.factsheet.FactSheet;
import io.scofacts.core.factsheet.PersonFact;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** English titles with an "of" complement before the name: "Minister of Transport Jane Doe". */
class TitleComplementTest {

    @Test
    void aComplementThatIsNoBodyBelongsToTheTitle() {
        FactSheet sheet = WholeExtractor.sheet("Tajikistan's Minister of Industry and New Technologies Rustam Kholov"
                + " visited the data centre on Monday.");
        PersonFact person = byName(sheet).get("Rustam Kholov");
        assertTrue(person != null, byName(sheet).keySet().toString());
        assertEquals("Minister of Industry and New Technologies", person.title());
        assertNull(person.affiliation());
        assertEquals("TJ", person.country());
    }

    @Test
    void aBodyAfterTheTitleAndBeforeACommaIsTheAffiliation() {
        FactSheet sheet = WholeExtractor.sheet("\"The platform will open next year,\" said Deputy Chairman of the"
                + " Kazakh Agency for Digital Services, Marat Bekov.");
        PersonFact person = byName(sheet).get("Marat Bekov");
        assertTrue(person != null, byName(sheet).keySet().toString());
        assertEquals("Deputy Chairman", person.title());
        assertEquals("Kazakh Agency for Digital Services", person.affiliation());
    }

    @Test
    void aLowerCaseWordBreaksTheComplement() {
        FactSheet sheet = WholeExtractor.sheet("The head of the new centre for young engineers, Marat Bekov, said the"
                + " courses would start in May.");
        PersonFact person = byName(sheet).get("Marat Bekov");
        assertTrue(person == null || person.title() == null || !person.title().contains("centre"),
                String.valueOf(person));
    }

    private static Map<String, PersonFact> byName(FactSheet sheet) {
        return sheet.people().stream().collect(Collectors.toMap(PersonFact::name, p -> p, (a, b) -> a));
    }
}
