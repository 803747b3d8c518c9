package io.scofacts.core.extract.quantity;

import static io.scofacts.core.extract.quantity.QuantityTestSupport.assertFigure;
import static io.scofacts.core.extract.quantity.QuantityTestSupport.figure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityRecognizerEnglishTest {

    @Test
    void weightsAndDistancesAreMeasuresOfTheirOwn() {
        AnalyzedArticle a = TestArticles.en("Since May more than 410 tons of parcels crossed the border on a road of 38 kilometers.");
        assertFigure(a, "more than 410 tons", 410L, "other", "over");
        assertFigure(a, "38 kilometers", 38L, "other", "exact");
    }

    @Test
    void dozensCountInTwelves() {
        AnalyzedArticle a = TestArticles.en("The college has trained over two dozen engineers and three dozen technicians.");
        assertFigure(a, "over two dozen engineers", 24L, "person", "over");
    }

    @Test
    void moneyWithScaleWordsAndCurrencySigns() {
        AnalyzedArticle a = TestArticles.en("Deals worth 4.8 billion yuan were signed, including a $2.5 million grant, "
                + "US$300 million in loans, €45 million from European partners, RMB 1.35 billion of equity "
                + "and 12 billion tenge from the Kazakh side.");
        assertFigure(a, "4.8 billion yuan", 4_800_000_000L, "CNY", "exact");
        assertFigure(a, "$2.5 million", 2_500_000L, "USD", "exact");
        assertFigure(a, "US$300 million", 300_000_000L, "USD", "exact");
        assertFigure(a, "€45 million", 45_000_000L, "EUR", "exact");
        assertFigure(a, "RMB 1.35 billion", 1_350_000_000L, "CNY", "exact");
        assertFigure(a, "12 billion tenge", 12_000_000_000L, "KZT", "exact");
    }

    @Test
    void countsOfPeopleProjectsCasesOrganisationsAndCountries() {
        AnalyzedArticle a = TestArticles.en("More than 1,500 guests from 26 countries attended. Organisers signed "
                + "21 cooperation projects, released 30 typical cases and welcomed 85 companies, while "
                + "four parallel sub-forums ran for three days.");
        assertFigure(a, "More than 1,500 guests", 1500L, "person", "over");
        assertFigure(a, "26 countries", 26L, "country", "exact");
        assertFigure(a, "21", 21L, "project", "exact");
        assertFigure(a, "30", 30L, "case", "exact");
        assertFigure(a, "85 companies", 85L, "organization", "exact");
        assertFigure(a, "four", 4L, "item", "exact");
        assertFigure(a, "three days", 3L, "day", "exact");
        assertEquals("cooperation projects", figure(a, "21").subject());
    }

    @Test
    void percentagesCapacityAndComputingPower() {
        AnalyzedArticle a = TestArticles.en("Internet penetration rose from 43% to 72.5 percent. The solar park adds "
                + "600 MW, the wind farm 1.5 GW, and the data centre offers 500 PFLOPS over a 5-year term.");
        assertFigure(a, "43%", 43L, "percent", "exact");
        assertFigure(a, "72.5 percent", 72.5, "percent", "exact");
        assertFigure(a, "600 MW", 600L, "MW", "exact");
        assertFigure(a, "1.5 GW", 1.5, "GW", "exact");
        assertFigure(a, "500 PFLOPS", 500L, "PFLOPS", "exact");
        assertFigure(a, "5-year", 5L, "year", "exact");
        assertEquals("Internet penetration rose", figure(a, "43%").subject());
    }

    @ParameterizedTest
    @CsvSource({
        "more than 200, over", "over 200, over", "above 200, over", "at least 200, over", "200+, over",
        "nearly 200, about", "about 200, about", "around 200, about", "approximately 200, about",
        "almost 200, about", "less than 200, under", "fewer than 200, under", "under 200, under",
        "below 200, under", "exceeded 200, over", "200, exact"
    })
    void everyApproximationWord(String figure, String approx) {
        AnalyzedArticle a = TestArticles.en("The program trained " + figure + " students last year.");
        assertFigure(a, figure + " students", 200L, "person", approx);
    }
}
