package io.scofacts.core.extract.place;

import static io.scofacts.core.extract.place.PlaceFinds.assertNames;
import static io.scofacts.core.extract.place.PlaceFinds.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.PlaceMention;
import io.scofacts.core.extract.TestArticles;
import io.scofacts.core.extract.country.CountryRecognizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownZonesTest {

    private static final CountryRecognizer COUNTRIES = new CountryRecognizer();

    private static List<String> afterCountries(AnalyzedArticle article) {
        Findings findings = new Findings();
        COUNTRIES.recognize(article, findings);
        PlaceFinds.RECOGNIZER.recognize(article, findings);
        String text = article.original();
        return findings.places().stream()
                .map((PlaceMention p) -> p.name() + "/" + p.country() + "@" + text.substring(p.span().start(), p.span().end()))
                .toList();
    }

    @Test
    void zoneAfterACountryNameIsInThatCountry() {
        assertEquals(List.of("安格连自由经济区/UZ@安格连自由经济区"),
                afterCountries(TestArticles.zh("中企入驻乌兹别克斯坦安格连自由经济区。")));
    }

    @Test
    void zoneWithoutACountryBeforeItIsChinese() {
        assertEquals(List.of("临空经济技术开发区/CN@临空经济技术开发区"),
                afterCountries(TestArticles.zh("项目落户于临空经济技术开发区。")));
    }

    @Test
    void englishProperNameBeforeAZoneWord() {
        assertEquals(List.of("Angren Free Economic Zone/null@Angren Free Economic Zone", "Karatal Oblast/null@Karatal Oblast"),
                described(TestArticles.en("Firms in the Angren Free Economic Zone and Karatal Oblast signed deals.")));
    }

    @Test
    void englishCommonWordsAndCountriesBeforeAZoneWordAreNotNames() {
        assertNames(TestArticles.en("The New Area and each Free Trade Zone grew; the SCO Free Trade Zone is a plan."));
        assertEquals(List.of(), afterCountries(TestArticles.en("A China Free Trade Zone was proposed.")));
    }

    @Test
    void russianAdjectiveBeforeOblastInAnyCaseIsReportedAsWritten() {
        assertEquals(List.of("Заречинской области/null@Заречинской области"),
                described(TestArticles.ru("Завод построят в Заречинской области.")));
    }

    @Test
    void alphabeticZoneTakesTheCountryNamedNextToIt() {
        assertEquals(List.of("Angren Free Economic Zone/UZ@Angren Free Economic Zone"),
                afterCountries(TestArticles.en("Chinese firms entered Uzbekistan's Angren Free Economic Zone.")));
        assertEquals(List.of("Актюбинской области/KZ@Актюбинской области"),
                afterCountries(TestArticles.ru("Завод построят в Актюбинской области Казахстана.")));
    }

    @Test
    void russianLowerCaseAdjectiveBeforeOblastIsNoName() {
        assertNames(TestArticles.ru("Соседняя приграничная область получила инвестиции."));
    }

    @Test
    void aZoneNamedByTwoProperWordsIsOnePlace() {
        assertEquals(List.of("Lake Issyk Economic Zone/null@Lake Issyk Economic Zone"),
                described(TestArticles.en("The firm opened a plant in the Lake Issyk Economic Zone last year.")));
    }
}
