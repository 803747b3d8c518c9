package io.scofacts.core.extract.organization;

import static io.scofacts.core.extract.WholeExtractor.sheet;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.factsheet.FactSheet;
import io.scofacts.core.factsheet.OrganizationFact;
import io.scofacts.core.factsheet.PersonFact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Acronyms of terms and separators around names: the whole extractor on sentences written for this test. */
class TermsAndSeparatorsTest {

    @Test
    void aTermsAcronymIsNoBodyAndNoPerson() {
        FactSheet sheet = sheet("Стороны договорились о развитии искусственного интеллекта (ИИ) и центров обработки данных "
                + "(ЦОДов). Проект создаст целый город ИТ ресурсов, а в IT сфере появятся новые рабочие места.");
        List<String> bodies = sheet.organizations().stream().map(OrganizationFact::name).toList();
        for (String term : List.of("ИИ", "ИТ", "IT", "развития ИИ")) {
            assertFalse(bodies.contains(term), term + " in " + bodies);
        }
        assertTrue(sheet.people().stream().map(PersonFact::name).noneMatch(name -> name.startsWith("ЦОД")), sheet.people().toString());
    }

    @Test
    void aSeparatorGluedToAnAgencysNameIsNoPartOfIt() {
        FactSheet sheet = sheet("БИШКЕК, 3 мая. /ИА «Кабар»/. В Бишкеке открылся центр. Об этом сообщило ИА «Кабар».");
        List<String> bodies = sheet.organizations().stream().map(OrganizationFact::name).toList();
        assertTrue(bodies.stream().noneMatch(name -> name.startsWith("/") || name.endsWith("/")), bodies.toString());
    }
}
