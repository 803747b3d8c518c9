package io.scofacts.core.extract.event;

import static io.scofacts.core.extract.WholeExtractor.sheet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.factsheet.EventFact;
import io.scofacts.core.factsheet.FactSheet;
import io.scofacts.core.factsheet.OrganizationFact;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole extractor on Russian sentences written for this test: the long official names of
 * meetings and councils, read by their grammar (genitive chains joined by "и" or an apposition
 * dash, a genitive that ends like a verb, a participle clause after a comma, a Roman ordinal),
 * and the bodies named inside a meeting's name found as bodies, the meeting not as one.
 */
class RussianOfficialNamesTest {

    private static List<String> events(FactSheet sheet) {
        return sheet.events().stream().map(EventFact::name).toList();
    }

    private static List<String> organizations(FactSheet sheet) {
        return sheet.organizations().stream().map(OrganizationFact::name).toList();
    }

    @Test
    void aMeetingsFullNameRunsThroughItsGenitivesAndItsParticipleClause() {
        FactSheet sheet = sheet("В Ташкенте завершилось XII Совещание руководителей судов и прокуратур государств-членов "
                + "Шанхайской организации сотрудничества, ответственных за правовое сотрудничество. Делегации обсудили "
                + "обмен опытом.");
        assertEquals(List.of("XII Совещание руководителей судов и прокуратур государств-членов Шанхайской организации "
                + "сотрудничества, ответственных за правовое сотрудничество"), events(sheet));
        List<String> bodies = organizations(sheet);
        assertTrue(bodies.contains("Шанхайской организации сотрудничества"), bodies.toString());
        assertTrue(bodies.stream().noneMatch(name -> name.contains("Совещание")), "the meeting is no body: " + bodies);
    }

    @Test
    void aCouncilsNameGoesOnThroughAGenitiveThatLooksLikeAVerbAndAnAppositionDash() {
        FactSheet sheet = sheet("Вчера в Бишкеке прошло заседание Совета министров иностранных дел государств – членов ШОС.");
        assertTrue(organizations(sheet).contains("Совета министров иностранных дел государств – членов ШОС"),
                organizations(sheet).toString());
        assertEquals(List.of("заседание Совета министров иностранных дел государств – членов ШОС"), events(sheet));
    }

    @Test
    void andBetweenTwoEventsOrAfterAVerbStillEndsTheName() {
        FactSheet sheet = sheet("В Оше открылся форум ШОС и выставка ремесел. Министр сел и начал доклад.");
        List<String> names = events(sheet);
        assertTrue(names.contains("форум ШОС"), names.toString());
        assertFalse(names.stream().anyMatch(name -> name.contains("выставка")), names.toString());
    }
}
