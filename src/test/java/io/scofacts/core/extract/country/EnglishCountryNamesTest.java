package io.scofacts.core.extract.country;

import static io.scofacts.core.extract.TestArticles.en;
import static io.scofacts.core.extract.TestArticles.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scofacts.core.extract.TestArticles;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishCountryNamesTest {

    @Test
    void findsCldrNamesAndCommonAliases() {
        assertEquals(List.of("CN:China", "UZ:Uzbekistan", "KZ:Kazakhstan", "KG:Kyrgyz Republic"),
                CountryFinds.in(en("China signed agreements with Uzbekistan, Kazakhstan and the Kyrgyz Republic.")));
        assertEquals(List.of("US:U.S.", "US:United States", "GB:UK", "RU:Russian Federation"),
                CountryFinds.in(en("U.S. officials said the United States, the UK and the Russian Federation disagreed.")));
        assertEquals(List.of("CN:People's Republic of China", "US:USA"),
                CountryFinds.in(en("The People's Republic of China and the USA")));
        assertEquals(List.of("BA:Bosnia and Herzegovina", "MM:Myanmar", "TR:Türkiye"),
                CountryFinds.in(en("Bosnia and Herzegovina, Myanmar and Türkiye sent observers.")));
    }

    @Test
    void typographicApostropheMatchesToo() {
        assertEquals(List.of("CN:People’s Republic of China"),
                CountryFinds.in(en("the People’s Republic of China announced")));
    }

    @Test
    void wholeWordsOnlyAndCaseMatters() {
        assertEquals(List.of(), CountryFinds.in(en("Chadian traders in Chinatown told us about Indochina.")));
        assertEquals(List.of("RU:Russia"), CountryFinds.in(en("Russian experts visited Russia.")));
        assertEquals(List.of("CN:China"), CountryFinds.in(en("China's digital economy")));
    }

    @Test
    void capitalsInHeadlines() {
        assertEquals(List.of("CN:CHINA", "UZ:UZBEKISTAN"), CountryFinds.in(en("CHINA AND UZBEKISTAN SIGN DIGITAL PACT")));
    }

    @Test
    void seasAndStatesThatContainANameAreNot() {
        assertEquals(List.of(), CountryFinds.in(en("Shipping in the South China Sea and trade with New Mexico")));
        assertEquals(List.of("PG:Papua New Guinea"), CountryFinds.in(en("Papua New Guinea joined")));
        assertEquals(List.of(), CountryFinds.in(en("prices quoted in US$ only")));
    }

    @Test
    void anAmountInDollarsDoesNotNameTheUnitedStates() {
        assertEquals(List.of("KZ:Kazakhstan"), CountryFinds.in(en("Kazakhstan invested 40 million U.S. dollars")));
        assertEquals(List.of("US:United States"), CountryFinds.in(en("the United States said")));
        assertEquals(List.of("KG:Киргизия"), CountryFinds.in(TestArticles.ru("Киргизия получит 5 млн долларов США")));
    }

    @Test
    void ambiguousShortNameIsNotGuessed() {
        assertEquals(List.of("CD:Democratic Republic of the Congo"),
                CountryFinds.in(en("Congo and the Democratic Republic of the Congo")));
    }

    @Test
    void englishNamesInsideChineseText() {
        assertEquals(List.of("UZ:乌兹别克斯坦", "UZ:Uzbekistan"), CountryFinds.in(zh("乌兹别克斯坦(Uzbekistan)代表团")));
        assertEquals(List.of("CN:China", "CN:中国"), CountryFinds.in(zh("在China的中国企业")));
    }
}
