package io.scofacts.core.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scofacts.core.extract.WholeExtractor;
import io.scofacts.core.factsheet.FactSheet;
import io.scofacts.core.factsheet.PersonFact;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Heads of government and their deputies, as Russian and English news name them. */
class RoleWordsTest {

    @Test
    void premiersAndTheirDeputiesHaveTheirTitles() {
        FactSheet sheet = WholeExtractor.sheet("На заседании киргизский премьер Улан Осмонов и вице-премьер Бакыт"
                + " Абдыкадыров обсудили цифровую торговлю.");
        Map<String, String> titles = titles(sheet);
        assertEquals("премьер", titles.get("Улан Осмонов"), titles.toString());
        assertEquals("вице-премьер", titles.get("Бакыт Абдыкадыров"), titles.toString());

        FactSheet english = WholeExtractor.sheet("Vice Premier Zhou Minghua met Deputy Foreign Minister Pavel Orlov"
                + " in Beijing on Monday.");
        Map<String, String> englishTitles = titles(english);
        assertEquals("Vice Premier", englishTitles.get("Zhou Minghua"), englishTitles.toString());
        assertEquals("Deputy Foreign Minister", englishTitles.get("Pavel Orlov"), englishTitles.toString());
    }

    @Test
    void chiefEconomistsAndPartyCommitteesOfCities() {
        FactSheet sheet = WholeExtractor.sheet("论坛在大连举行。大连市委书记张立新出席。中国宏观经济研究院总经济师李芳说，合作空间很大。");
        Map<String, PersonFact> people = sheet.people().stream()
                .collect(Collectors.toMap(PersonFact::name, p -> p, (a, b) -> a));
        assertEquals("总经济师", people.get("李芳").title(), people.toString());
        assertEquals("中国宏观经济研究院", people.get("李芳").affiliation(), people.toString());
        assertEquals("大连市委", people.get("张立新").affiliation(), people.toString());
    }

    @Test
    void aPossessiveIsNoPartOfTheNameAndAnAideHasATitle() {
        FactSheet sheet = WholeExtractor.sheet("The plan follows Kazakh President Arman Serikov's proposal. \"The corridor"
                + " will open next year,\" presidential aide Dmitry Volkov said, and Arman Serikov agreed.");
        Map<String, PersonFact> people = sheet.people().stream()
                .collect(Collectors.toMap(PersonFact::name, p -> p, (a, b) -> a));
        assertEquals(java.util.Set.of("Arman Serikov", "Dmitry Volkov"), people.keySet());
        assertEquals(2, people.get("Arman Serikov").mentions().size());
        assertEquals("presidential aide", people.get("Dmitry Volkov").title());
    }

    @Test
    void aMinistrysContractedNameBetweenTitleAndNameIsTheBody() {
        FactSheet sheet = WholeExtractor.sheet("Встречу провел глава Минфина Антон Котов, в ней участвовали эксперты.");
        Map<String, PersonFact> people = sheet.people().stream()
                .collect(Collectors.toMap(PersonFact::name, p -> p, (a, b) -> a));
        assertEquals(java.util.Set.of("Антон Котов"), people.keySet());
        assertEquals("глава", people.get("Антон Котов").title());
        assertEquals("Минфина", people.get("Антон Котов").affiliation());
    }

    @Test
    void aNationalityBeforeATitleGivesThePersonsCountry() {
        FactSheet sheet = WholeExtractor.sheet("Tajik President Rustam Nazarov met Indian Prime Minister Vikram Rao"
                + " in Dushanbe on Monday.");
        Map<String, PersonFact> people = sheet.people().stream()
                .collect(Collectors.toMap(PersonFact::name, p -> p, (a, b) -> a));
        assertEquals("TJ", people.get("Rustam Nazarov").country(), people.toString());
        assertEquals("IN", people.get("Vikram Rao").country(), people.toString());
        assertEquals("Prime Minister", people.get("Vikram Rao").title());
    }

    private static Map<String, String> titles(FactSheet sheet) {
        return sheet.people().stream().filter(p -> p.title() != null)
                .collect(Collectors.toMap(PersonFact::name, PersonFact::title, (a, b) -> a));
    }
}
