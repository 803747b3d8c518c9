package io.scofacts.core.extract.place;

import static io.scofacts.core.extract.place.PlaceFinds.assertNames;
import static io.scofacts.core.extract.place.PlaceFinds.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scofacts.core.extract.TestArticles;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishPlacesTest {

    @Test
    void citiesWithTheirCountries() {
        assertEquals(List.of("Tianjin/CN@Tianjin", "Tashkent/UZ@Tashkent", "Almaty/KZ@Almaty"),
                described(TestArticles.en("Delegates gathered in Tianjin, while teams from Tashkent and Almaty joined online.")));
    }

    @Test
    void longestNameWins() {
        assertNames(TestArticles.en("The Xinjiang Uygur Autonomous Region borders New Delhi's neighbours."),
                "Xinjiang Uygur Autonomous Region", "New Delhi");
    }

    @Test
    void unitWordsBelongToTheNameAndLevelWordsDoNot() {
        assertEquals(List.of("Tianjin Port/CN@Tianjin Port", "Binhai New Area/CN@Binhai New Area",
                        "Tianjin/CN@Tianjin Municipality"),
                described(TestArticles.en("Tianjin Port and the Binhai New Area lead Tianjin Municipality in data trade.")));
    }

    @Test
    void portOfIsPartOfThePortsName() {
        assertNames(TestArticles.en("Containers left the Port of Tianjin on Monday."), "Port of Tianjin");
    }

    @Test
    void organisationsNamedAfterAPlaceAreNotPlaces() {
        assertNames(TestArticles.en("Researchers at Tianjin University and the Bank of Beijing met members of the "
                + "Shanghai Cooperation Organization and Tianjin Port Group."));
    }

    @Test
    void onlyWholeCapitalisedWordsMatch() {
        assertNames(TestArticles.en("The Tianjinese delegation met Mary, who left osh and tashkent behind."));
    }

    @Test
    void eventNamedAfterAPlaceStillNamesThePlace() {
        assertNames(TestArticles.en("Leaders signed the declaration at the SCO Tianjin Summit."), "Tianjin");
    }

    @Test
    void centresNamedAfterAPlaceAreOrganisations() {
        assertNames(TestArticles.en("The Horgos International Border Cooperation Center opened a new hall near Khorgos."), "Khorgos");
    }

    @Test
    void typographicApostropheMatches() {
        assertNames(TestArticles.en("Firms moved to Xiong\u2019an and Xi'an."), "Xiong\u2019an", "Xi'an");
    }
}
