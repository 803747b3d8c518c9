package io.scofacts.core.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.extract.WholeExtractor;
import io.scofacts.core.factsheet.FactSheet;
import io.scofacts.core.factsheet.OrganizationFact;
import io.scofacts.core.factsheet.PersonFact;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Names written as initials and a surname, the way official news of the region lists officials. */
class InitialedNamesTest {

    @Test
    void initialsAfterATitleOpenAName() {
        FactSheet sheet = WholeExtractor.sheet("Во встрече участвовали Министр связи Республики Таджикистан Б.Р.Каримов,"
                + " Генеральный секретарь ШОС Т.А.Ибрагимов и заместитель министра цифрового развития Республики Казахстан"
                + " С. Жуманов.");
        Map<String, PersonFact> people = byName(sheet);
        assertTrue(people.containsKey("Б.Р.Каримов"), people.keySet().toString());
        assertTrue(people.containsKey("Т.А.Ибрагимов"), people.keySet().toString());
        assertTrue(people.containsKey("С. Жуманов"), people.keySet().toString());
        assertEquals("Генеральный секретарь", people.get("Т.А.Ибрагимов").title());
        assertEquals("TJ", people.get("Б.Р.Каримов").country());
    }

    @Test
    void theInitialIsNoPartOfTheBodyBeforeIt() {
        FactSheet sheet = WholeExtractor.sheet("На форуме выступил Председатель Правления Делового совета ШОС Н.К.Садыков.");
        List<String> organizations = sheet.organizations().stream().map(OrganizationFact::name).toList();
        assertFalse(organizations.stream().anyMatch(o -> o.endsWith(" Н") || o.endsWith(" Н.")), organizations.toString());
        assertTrue(byName(sheet).containsKey("Н.К.Садыков"), byName(sheet).keySet().toString());
    }

    @Test
    void anInitialWithoutACueNamesNoOne() {
        FactSheet sheet = WholeExtractor.sheet("Концерт прошёл в зале имени К.Байсеитовой, где собрались студенты.");
        assertTrue(byName(sheet).isEmpty(), byName(sheet).keySet().toString());
    }

    @Test
    void aSpeechVerbIsCueEnough() {
        FactSheet sheet = WholeExtractor.sheet("Cooperation will grow, M. Karimova said at the opening of the centre.");
        assertTrue(byName(sheet).containsKey("M. Karimova"), byName(sheet).keySet().toString());
    }

    private static Map<String, PersonFact> byName(FactSheet sheet) {
        return sheet.people().stream().collect(Collectors.toMap(PersonFact::name, p -> p, (a, b) -> a));
    }
}
