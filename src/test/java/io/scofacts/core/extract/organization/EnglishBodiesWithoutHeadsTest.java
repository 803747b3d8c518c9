package io.scofacts.core.extract.organization;

import static io.scofacts.core.extract.WholeExtractor.sheet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.factsheet.FactSheet;
import io.scofacts.core.factsheet.OrganizationFact;
import io.scofacts.core.factsheet.ProjectFact;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole extractor on English sentences written for this test: bodies named by a brand with no
 * head noun, found by the slot they stand in; a body listed with other bodies is not a facility;
 * a mission's name ends with its seat. Invented names, so no lexicon can know them.
 */
class EnglishBodiesWithoutHeadsTest {

    private static List<String> organizations(FactSheet sheet) {
        return sheet.organizations().stream().map(OrganizationFact::name).toList();
    }

    private static List<String> projects(FactSheet sheet) {
        return sheet.projects().stream().map(ProjectFact::name).toList();
    }

    @Test
    void brandsInThePartnerSlotAreOrganisations() {
        FactSheet sheet = sheet("The polytechnic in Samarkand opened a robotics laboratory last week. "
                + "It was built in partnership with Vexatel and Orinex, and forty students have trained at "
                + "Vexatel's headquarters since the spring.");
        List<String> names = organizations(sheet);
        assertTrue(names.containsAll(List.of("Vexatel", "Orinex")), names.toString());
    }

    @Test
    void aCountryNameFollowedByAWordOfItsOwnIsANationalCompany() {
        FactSheet sheet = sheet("Parcels now reach Bishkek in four days. The postal service of Kyrgyzstan works "
                + "in partnership with China Telecom and regional carriers on the tracking system.");
        OrganizationFact company = sheet.organizations().stream().filter(o -> o.name().equals("China Telecom"))
                .findFirst().orElseThrow(() -> new AssertionError(organizations(sheet).toString()));
        assertEquals("CN", company.country());
    }

    @Test
    void countriesPlacesAndCommonWordsInTheSlotAreNoBodies() {
        FactSheet sheet = sheet("Tajikistan signed contracts with China and Russia this year. The province also set up "
                + "joint projects with Kashgar, in partnership with The local authorities, and its engineers "
                + "visited Kazakhstan's factories.");
        List<String> names = organizations(sheet);
        for (String notABody : List.of("China", "Russia", "Kashgar", "The", "Kazakhstan")) {
            assertFalse(names.contains(notABody), notABody + " in " + names);
        }
    }

    @Test
    void aDescriptorOrAPartOfABodyNamesTheBrand() {
        FactSheet sheet = sheet("Representatives of Vexatel praised the new rules. Chinese telecommunications company "
                + "Zentral signed a memorandum on data centres, and the Orinex delegation toured the site. "
                + "The CEO of Kestrava, Wang Li, attended.");
        List<String> names = organizations(sheet);
        assertTrue(names.containsAll(List.of("Vexatel", "Zentral", "Orinex", "Kestrava")), names.toString());
    }

    @Test
    void thePartiesOfAnAgreementAreBodiesWhateverTheirForm() {
        FactSheet sheet = sheet("Highlights include the 2019 agreement between JSC “Samtel” and China Telecom on leased "
                + "channels, and a contract between LLC “Orinex” and Zentral on data centres.");
        List<String> names = organizations(sheet);
        assertTrue(names.containsAll(List.of("JSC “Samtel”", "China Telecom", "LLC “Orinex”", "Zentral")), names.toString());
    }

    @Test
    void countriesCitiesAndMonthsBetweenAreNoParties() {
        FactSheet sheet = sheet("An agreement between Tajikistan and China was signed in Dushanbe. The contracts were "
                + "signed between May and June, and a memorandum between Tashkent and Almaty followed.");
        List<String> names = organizations(sheet);
        for (String notABody : List.of("Tajikistan", "China", "May", "June", "Tashkent", "Almaty")) {
            assertFalse(names.contains(notABody), notABody + " in " + names);
        }
    }

    @Test
    void aNationalityBeforeABodysPartIsNoBody() {
        FactSheet sheet = sheet("The Kazakh delegation met Chinese engineers and Uzbek representatives in Urumqi; "
                + "the Tashkent delegation joined them, as did representatives of China.");
        List<String> names = organizations(sheet);
        for (String notABody : List.of("Kazakh", "Chinese", "Uzbek", "Tashkent", "China")) {
            assertFalse(names.contains(notABody), notABody + " in " + names);
        }
    }

    @Test
    void aBodyListedWithOtherBodiesIsNoFacility() {
        FactSheet sheet = sheet("A memorandum was signed in May between Ferghana's Tech Park, Almaty's Data Hub "
                + "and Orion Systems Ltd. to support young companies in both countries.");
        List<String> names = organizations(sheet);
        assertTrue(names.containsAll(List.of("Tech Park", "Data Hub", "Orion Systems Ltd.")), names.toString());
        assertFalse(projects(sheet).contains("Tech Park"), projects(sheet).toString());
        assertFalse(projects(sheet).contains("Data Hub"), projects(sheet).toString());
        assertTrue(projects(sheet).stream().noneMatch(name -> name.endsWith("Tech Park")), projects(sheet).toString());
    }

    @Test
    void aCountryOwningAListedBodyIsItsCountry() {
        FactSheet sheet = sheet("The agreement was signed between Uzbekistan's Tech Park, Kazakhstan's Data Hub and "
                + "Orion Systems Ltd. on Monday.");
        OrganizationFact park = sheet.organizations().stream().filter(o -> o.name().equals("Tech Park")).findFirst()
                .orElseThrow(() -> new AssertionError(organizations(sheet).toString()));
        assertEquals("UZ", park.country());
    }

    @Test
    void aFacilityStandingAloneIsStillAProject() {
        FactSheet sheet = sheet("Construction of the Fergana Solar Park began in March; the park will supply "
                + "power to 40,000 homes.");
        assertTrue(projects(sheet).contains("Fergana Solar Park"), projects(sheet).toString());
    }

    @Test
    void aChineseCompanysSeatInBracketsIsPartOfItsNameAndNoPlaceOfTheStory() {
        FactSheet sheet = sheet("The ministry signed a memorandum with the Company Tianhe Ruixin (Chengdu) Information Technology "
                + "Co., Ltd on data exchange.");
        assertTrue(organizations(sheet).contains("Tianhe Ruixin (Chengdu) Information Technology Co., Ltd"),
                organizations(sheet).toString());
        assertTrue(sheet.places().stream().noneMatch(place -> place.name().equals("Chengdu")), sheet.places().toString());
    }

    @Test
    void aMissionsNameEndsWithItsSeat() {
        FactSheet sheet = sheet("According to the Embassy of Kazakhstan in Beijing, trade between the two countries "
                + "grew by a fifth last year.");
        assertTrue(organizations(sheet).contains("Embassy of Kazakhstan in Beijing"), organizations(sheet).toString());
    }
}
