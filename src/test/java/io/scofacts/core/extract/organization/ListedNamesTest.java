package io.scofacts.core.extract.organization;

import static io.scofacts.core.extract.TestArticles.en;
import static io.scofacts.core.extract.TestArticles.ru;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names listed with an organisation, or after a plural noun for bodies, are organisations; quoted Russian names. */
class ListedNamesTest {

    @Test
    void brandsAfterAPluralNounForBodies() {
        OrganizationFinds.in(en("Parcels ordered from marketplaces such as Ozon, Wildberries and Kaspi reached Osh."))
                .has("Ozon", null).has("Wildberries", null).has("Kaspi", null);
    }

    @Test
    void namesListedWithACompanyAreCompanies() {
        OrganizationFinds.in(en("The agreement brings together Nimbus Analytics, Orbita Soft and Silk Data Ltd. for a year."))
                .has("Nimbus Analytics", null).has("Orbita Soft", null).has("Silk Data Ltd.", null);
    }

    @Test
    void aListWithoutABodyAddsNothing() {
        OrganizationFinds.in(en("Flights now link Almaty, Tashkent and Bishkek every day.")).exactly();
    }

    @Test
    void aPossessiveCountryIsTheOwnerNotPartOfTheName() {
        OrganizationFinds.in(en("On Monday China's Silk Data Ltd. opened an office."))
                .exactly("Silk Data Ltd.").has("Silk Data Ltd.", "CN");
    }

    @Test
    void plainAndLowNinetyNineQuotesAfterALegalForm() {
        OrganizationFinds.in(ru("Договор подписали ООО „Север-Данные“ и АО \"Тенгриком\" в Астане."))
                .has("ООО „Север-Данные“", null).has("АО \"Тенгриком\"", null);
    }

    @Test
    void theCompanyNamedWithAndWithoutItsLegalFormIsOne() {
        OrganizationFinds finds = OrganizationFinds.in(ru("Казахстанская компания \"Тенгриком\" построит дата-центр. "
                + "Об этом сообщил председатель правления АО \"Тенгриком\"."));
        finds.exactly("АО \"Тенгриком\"");
        assertEquals(List.of("\"Тенгриком\"", "АО \"Тенгриком\""), finds.writtenAs("АО \"Тенгриком\""));
    }

    @Test
    void quotedWordsThatAreNoNameStayOut() {
        OrganizationFinds.in(ru("Эксперты называют проект \"цифровым мостом\" между странами.")).exactly();
    }
    @Test
    void aBodyUnderTheBodyItReportsToIsOneName() {
        OrganizationFinds.in(en("The Digital Affairs Agency under the Ministry of Economy of Kyrgyzstan signed it."))
                .exactly("Digital Affairs Agency under the Ministry of Economy of Kyrgyzstan");
    }

    @Test
    void aQuotedCompanyWithItsLegalFormAfterIt() {
        OrganizationFinds.in(en("Parcels went through “Kyrgyz Pochtasy” JSC and \"Tengri Data\" LLP last year."))
                .has("“Kyrgyz Pochtasy” JSC", null).has("\"Tengri Data\" LLP", null);
    }

    @Test
    void aQuotedPhraseWithoutALegalFormIsNoCompany() {
        OrganizationFinds.in(en("Officials called it “Digital Silk Way” in their report.")).exactly();
    }
}
