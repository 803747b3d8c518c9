package io.scofacts.core.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.factsheet.PersonFact;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** English titles with an "of" complement before the name: "Minister of Transport Jane Doe". */
class TitleComplementTest {

    @Test
    void aComplementThatIsNoBodyBelongsToTheTitle() {
        PersonFact person = NamedPeople.in("Tajikistan's Minister of Industry and New Technologies Rustam Kholov"
                + " visited the data centre on Monday.", "Rustam Kholov");
        assertEquals("Minister of Industry and New Technologies", person.title());
        assertNull(person.affiliation());
        assertEquals("TJ", person.country());
    }

    @Test
    void aNationalityBeforeATitleWithAComplementGivesTheCountry() {
        PersonFact person = NamedPeople.in("Kazakh Minister of Trade and Integration Serik Abenov opened the fair.",
                "Serik Abenov");
        assertEquals("Minister of Trade and Integration", person.title());
        assertEquals("KZ", person.country());
    }

    @Test
    void aBodyAfterTheTitleAndBeforeACommaIsTheAffiliation() {
        PersonFact person = NamedPeople.in("\"The platform will open next year,\" said Deputy Chairman of the"
                + " Kazakh Agency for Digital Services, Marat Bekov.", "Marat Bekov");
        assertEquals("Deputy Chairman", person.title());
        assertEquals("Kazakh Agency for Digital Services", person.affiliation());
    }

    @Test
    void aLowerCaseWordBreaksTheComplement() {
        PersonFact person = NamedPeople.of("The head of the new centre for young engineers, Marat Bekov, said the"
                + " courses would start in May.").get("Marat Bekov");
        assertTrue(person == null || person.title() == null || !person.title().contains("centre"),
                String.valueOf(person));
    }

    @Test
    void aCountryClosingTheComplementIsTheCountry() {
        Map<String, PersonFact> people = NamedPeople.of("Deputy Minister of Transport of the Republic of Tajikistan"
                + " Farrukh Rahimov and President of the Republic of Uzbekistan Alisher Karimov visited the terminal.");
        assertEquals("Deputy Minister of Transport", people.get("Farrukh Rahimov").title(), people.toString());
        assertEquals("TJ", people.get("Farrukh Rahimov").country());
        assertEquals("President", people.get("Alisher Karimov").title(), people.toString());
        assertEquals("UZ", people.get("Alisher Karimov").country());
    }

    @Test
    void aCountryClosingTheComplementMarksWhereAThreeWordNameStarts() {
        PersonFact person = NamedPeople.in("Yesterday Foreign Minister of Kazakhstan Nurlan Bekzhanovich Omarov"
                + " arrived in Beijing.", "Nurlan Bekzhanovich Omarov");
        assertEquals("Foreign Minister", person.title());
        assertEquals("KZ", person.country());
    }

    @Test
    void aCountryClosingAnAppositionIsTheCountry() {
        PersonFact person = NamedPeople.in("The plan was presented by Nurbek Alimov, Minister of Energy and Industry"
                + " of the Kyrgyz Republic, at the forum.", "Nurbek Alimov");
        assertEquals("Minister of Energy and Industry", person.title(), person.toString());
        assertEquals("KG", person.country());
        assertNull(person.affiliation());
    }

    @Test
    void aCourtesyWordIsNoPartOfTheNameAndALaterSurnameIsTheSamePerson() {
        Map<String, PersonFact> people = NamedPeople.of("Trade Minister Anvar Saidov opened the exhibition in Tashkent."
                + " Later Mr Saidov toured the stands, and Dr. Petrov met him there.");
        assertEquals(Set.of("Anvar Saidov", "Petrov"), people.keySet());
        assertEquals(2, people.get("Anvar Saidov").mentions().size());
    }
}
