package io.scofacts.core.extract.organization;

import static io.scofacts.core.extract.TestArticles.en;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishOrganizationsTest {

    @Test
    void ministriesWithTheirOfPart() {
        OrganizationFinds.in(en("The Ministry of Digital Technologies of Uzbekistan signed the deal on Monday."))
                .exactly("Ministry of Digital Technologies of Uzbekistan")
                .has("Ministry of Digital Technologies of Uzbekistan", "UZ");
    }

    @Test
    void anAndBetweenTwoFieldsStaysInsideTheName() {
        OrganizationFinds.in(en("Experts of the State Planning and Statistics Committee of Tajikistan visited Xi'an."))
                .has("State Planning and Statistics Committee of Tajikistan", "TJ");
    }

    @Test
    void anAndAfterACountryJoinsTwoBodiesNotOne() {
        OrganizationFinds.in(en("Delegates from Uzbekistan and Eurasian Development Bank discussed the loan."))
                .has("Eurasian Development Bank", null);
    }

    @Test
    void companiesWithLegalForms() {
        OrganizationFinds.in(en("In Tianjin, Silk Road Cloud Technology Co., Ltd. opened a data centre."))
                .has("Silk Road Cloud Technology Co., Ltd.", null);
    }

    @Test
    void aCountryStartingTheNameGivesItsCountry() {
        OrganizationFinds.in(en("Kazakhstan Development Bank will fund the project."))
                .has("Kazakhstan Development Bank", "KZ");
    }

    @Test
    void universitiesAndAcademies() {
        OrganizationFinds.in(en("Researchers from Tsinghua University and the Russian Academy of Sciences took part."))
                .has("Tsinghua University", null)
                .has("Russian Academy of Sciences", null);
    }

    @Test
    void theAcronymIsReportedUnderTheFullName() {
        OrganizationFinds finds = OrganizationFinds.in(en(
                "Leaders of the Shanghai Cooperation Organisation met in Tianjin. The SCO now has ten members."));
        finds.exactly("Shanghai Cooperation Organisation");
        assertEquals(List.of("Shanghai Cooperation Organisation", "SCO"),
                finds.writtenAs("Shanghai Cooperation Organisation"));
    }

    @Test
    void anAcronymIntroducedInBrackets() {
        OrganizationFinds finds = OrganizationFinds.in(en(
                "The Central Asia Digital Alliance (CADA) was founded in 2023. CADA now counts 40 members."));
        assertEquals(List.of("Central Asia Digital Alliance", "CADA", "CADA"),
                finds.writtenAs("Central Asia Digital Alliance"));
    }

    @Test
    void mediaCredits() {
        OrganizationFinds.in(en("TASHKENT, May 12 (Xinhua) -- Officials said the park is ready."))
                .has("Xinhua", "CN");
    }

    @Test
    void aBareHeadOrGenericWordsAreNoName() {
        OrganizationFinds.in(en("The Ministry said the Council will meet. Information Centre hours are posted online."))
                .exactly();
    }

    @Test
    void forumsAreEventsNotOrganisations() {
        OrganizationFinds.in(en("The Digital Silk Road Forum opened in Astana."))
                .exactly();
    }
}
