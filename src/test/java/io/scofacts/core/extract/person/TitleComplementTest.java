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

    @Test
    void aCountryClosingTheComplementIsTheCountry() {
        FactSheet sheet = WholeExtractor.sheet("Deputy Minister of Transport of the Republic of Tajikistan Farrukh Rahimov"
                + " and President of the Republic of Uzbekistan Alisher Karimov visited the terminal.");
        Map<String, PersonFact> people = byName(sheet);
        assertEquals("Deputy Minister of Transport", people.get("Farrukh Rahimov").title(), people.toString());
        assertEquals("TJ", people.get("Farrukh Rahimov").country());
        assertEquals("President", people.get("Alisher Karimov").title(), people.toString());
        assertEquals("UZ", people.get("Alisher Karimov").country());
    }

    @Test
    void aCountryClosingTheComplementMarksWhereAThreeWordNameStarts() {
        FactSheet sheet = WholeExtractor.sheet("Yesterday Foreign Minister of Kazakhstan Nurlan Bekzhanovich Omarov"
                + " arrived in Beijing.");
        PersonFact person = byName(sheet).get("Nurlan Bekzhanovich Omarov");
        assertTrue(person != null, byName(sheet).keySet().toString());
        assertEquals("Foreign Minister", person.title());
        assertEquals("KZ", person.country());
    }

    @Test
    void aCountryClosingAnAppositionIsTheCountry() {
        FactSheet sheet = WholeExtractor.sheet("The plan was presented by Nurbek Alimov, Minister of Energy and Industry"
                + " of the Kyrgyz Republic, at the forum.");
        PersonFact person = byName(sheet).get("Nurbek Alimov");
        assertTrue(person != null, byName(sheet).keySet().toString());
        assertEquals("Minister of Energy and Industry", person.title(), person.toString());
        assertEquals("KG", person.country());
        assertNull(person.affiliation());
    }

    @Test
    void aCourtesyWordIsNoPartOfTheNameAndALaterSurnameIsTheSamePerson() {
        FactSheet sheet = WholeExtractor.sheet("Trade Minister Anvar Saidov opened the exhibition in Tashkent."
                + " Later Mr Saidov toured the stands, and Dr. Petrov met him there.");
        Map<String, PersonFact> people = byName(sheet);
        assertEquals(java.util.Set.of("Anvar Saidov", "Petrov"), people.keySet());
        assertEquals(2, people.get("Anvar Saidov").mentions().size());
    }

    private static Map<String, PersonFact> byName(FactSheet sheet) {
        return sheet.people().stream().collect(Collectors.toMap(PersonFact::name, p -> p, (a, b) -> a));
    }
}
