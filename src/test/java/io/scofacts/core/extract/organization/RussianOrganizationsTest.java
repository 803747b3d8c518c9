package io.scofacts.core.extract.organization;

import static io.scofacts.core.extract.TestArticles.ru;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RussianOrganizationsTest {

    @Test
    void inflectedMinistryAsWritten() {
        OrganizationFinds.in(ru("По данным Министерства цифрового развития Казахстана, проект завершён."))
                .has("Министерства цифрового развития Казахстана", "KZ");
    }

    @Test
    void aCompanyWithItsQuotedName() {
        OrganizationFinds.in(ru("Соглашение подписали ООО «Цифровой шёлковый путь» и АО «Казахтелеком»."))
                .has("ООО «Цифровой шёлковый путь»", null)
                .has("АО «Казахтелеком»", null);
    }

    @Test
    void capitalisedAdjectivesBeforeALowercaseHead() {
        OrganizationFinds.in(ru("Учёные Ташкентского государственного технического университета представили разработку."))
                .has("Ташкентского государственного технического университета", null);
    }

    @Test
    void theAbbreviationIsReportedUnderTheFullNameInAnyCase() {
        OrganizationFinds finds = OrganizationFinds.in(ru(
                "Саммит Шанхайской организации сотрудничества прошёл в Тяньцзине. ШОС объединяет десять государств."));
        finds.exactly("Шанхайской организации сотрудничества");
        assertEquals(List.of("Шанхайской организации сотрудничества", "ШОС"),
                finds.writtenAs("Шанхайской организации сотрудничества"));
    }

    @Test
    void theAgencyCredit() {
        OrganizationFinds.in(ru("АСТАНА, 12 мая. /ТАСС/. Парк начал работу.")).has("ТАСС", "RU");
    }

    @Test
    void aKnownBodyIsFoundInAnyCase() {
        OrganizationFinds.in(ru("По данным Интерфакса, соглашение с Минстроем готово.")).has("Интерфакса", "RU").has("Минстроем", null);
    }

    @Test
    void aBareHeadIsNoName() {
        OrganizationFinds.in(ru("Министерство сообщило, что организация работы улучшилась.")).exactly();
    }

    @Test
    void adjectivesInThePrepositionalOrInstrumentalOpenTheName() {
        OrganizationFinds.in(ru("В Ошском государственном университете имени Исы Ахунбаева открылся центр. "
                + "Договор подписан с Бишкекским политехническим колледжем."))
                .has("Ошском государственном университете имени Исы Ахунбаева", null)
                .lacks("университете");
    }
}
