package io.scofacts.core.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scofacts.core.factsheet.PersonFact;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Role words and bodies beside names, as Russian, English and Chinese news write them. */
class RoleWordsTest {

    @Test
    void premiersAndTheirDeputiesHaveTheirTitles() {
        Map<String, String> titles = titles("На заседании киргизский премьер Улан Осмонов и вице-премьер Бакыт"
                + " Абдыкадыров обсудили цифровую торговлю.");
        assertEquals("премьер", titles.get("Улан Осмонов"), titles.toString());
        assertEquals("вице-премьер", titles.get("Бакыт Абдыкадыров"), titles.toString());

        Map<String, String> englishTitles = titles("Vice Premier Zhou Minghua met Deputy Foreign Minister Pavel Orlov"
                + " in Beijing on Monday.");
        assertEquals("Vice Premier", englishTitles.get("Zhou Minghua"), englishTitles.toString());
        assertEquals("Deputy Foreign Minister", englishTitles.get("Pavel Orlov"), englishTitles.toString());
    }

    @Test
    void chiefEconomistsAndPartyCommitteesOfCities() {
        Map<String, PersonFact> people = NamedPeople.of("论坛在大连举行。大连市委书记张立新出席。中国宏观经济研究院总经济师李芳说，合作空间很大。");
        assertEquals("总经济师", people.get("李芳").title(), people.toString());
        assertEquals("中国宏观经济研究院", people.get("李芳").affiliation(), people.toString());
        assertEquals("大连市委", people.get("张立新").affiliation(), people.toString());
    }

    @Test
    void aPossessiveIsNoPartOfTheNameAndAnAideHasATitle() {
        Map<String, PersonFact> people = NamedPeople.of("The plan follows Kazakh President Arman Serikov's proposal."
                + " \"The corridor will open next year,\" presidential aide Dmitry Volkov said, and Arman Serikov agreed.");
        assertEquals(Set.of("Arman Serikov", "Dmitry Volkov"), people.keySet());
        assertEquals(2, people.get("Arman Serikov").mentions().size());
        assertEquals("presidential aide", people.get("Dmitry Volkov").title());
    }

    @Test
    void aMinistrysContractedNameBetweenTitleAndNameIsTheBody() {
        Map<String, PersonFact> people = NamedPeople.of("Встречу провел глава Минфина Антон Котов, в ней участвовали эксперты.");
        assertEquals(Set.of("Антон Котов"), people.keySet());
        assertEquals("глава", people.get("Антон Котов").title());
        assertEquals("Минфина", people.get("Антон Котов").affiliation());
    }

    @Test
    void aNationalityBeforeATitleGivesThePersonsCountry() {
        Map<String, PersonFact> people = NamedPeople.of("Tajik President Rustam Nazarov met Indian Prime Minister Vikram Rao"
                + " in Dushanbe on Monday.");
        assertEquals("TJ", people.get("Rustam Nazarov").country(), people.toString());
        assertEquals("IN", people.get("Vikram Rao").country(), people.toString());
        assertEquals("Prime Minister", people.get("Vikram Rao").title());
    }

    private static Map<String, String> titles(String text) {
        return NamedPeople.of(text).values().stream().filter(p -> p.title() != null)
                .collect(Collectors.toMap(PersonFact::name, PersonFact::title, (a, b) -> a));
    }
}
