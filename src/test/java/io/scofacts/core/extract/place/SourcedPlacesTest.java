package io.scofacts.core.extract.place;

import static io.scofacts.core.extract.place.PlaceFinds.assertNames;
import static io.scofacts.core.extract.place.PlaceFinds.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scofacts.core.extract.TestArticles;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Places the gazetteer knows from its maintained data files (China's divisions, CLDR's cities and
 * regions, HanLP's place words), and the judges that keep their common words out.
 */
class SourcedPlacesTest {

    @Test
    void prefectureAndProvinceShortFormsAndFullNamesFromTheDivisions() {
        assertEquals(List.of("新疆维吾尔自治区/CN@新疆维吾尔自治区", "博尔塔拉/CN@博尔塔拉", "巴音郭楞蒙古自治州/CN@巴音郭楞蒙古自治州"),
                described(TestArticles.zh("新疆维吾尔自治区的物流企业在博尔塔拉和巴音郭楞蒙古自治州设点。")));
    }

    @Test
    void aPrefectureCityWithItsLevelWordIsReportedUnderItsShortForm() {
        assertEquals(List.of("铁门关/CN@铁门关市", "可克达拉/CN@可克达拉"),
                described(TestArticles.zh("铁门关市与可克达拉的企业签约。")));
    }

    @Test
    void divisionsReadInTraditionalText() {
        assertEquals(List.of("克拉瑪依/CN@克拉瑪依市", "烏魯木齊/CN@烏魯木齊"),
                described(TestArticles.zhHant("克拉瑪依市的雲計算園區向烏魯木齊輸送算力。")));
    }

    @Test
    void aShortFormThatIsACommonWordIsMatchedOnlyWithItsSuffix() {
        assertNames(TestArticles.zh("双方加强合作，推动合作市场开放，共享来宾名单。"));
        assertNames(TestArticles.zh("代表团参观了合作市的牧区。"), "合作市");
    }

    @Test
    void twoCharCountyNamesNeedTheirSuffixAndDoNotMatchAcrossWords() {
        assertNames(TestArticles.zh("新技术、新平台蓬勃兴起。"));
        assertNames(TestArticles.zh("企业落户新平县。"), "新平县");
    }

    @Test
    void aOneCharNameWithItsUnitWordIsNotMatchedAcrossWords() {
        assertNames(TestArticles.zh("园区距主城区二十公里，推动乡村和县域经济发展。"));
    }

    @Test
    void aPlaceWordHanlpKnowsShieldsTheNameThatWouldStartInsideIt() {
        assertNames(TestArticles.zh("从天山南北到东海之滨，项目陆续落地。"));
    }

    @Test
    void aCountyNameGivesWayToAProvinceStartingInsideIt() {
        assertNames(TestArticles.zh("他同江苏的企业签约。"), "江苏");
    }

    @Test
    void aPlaceNameReadAsABilateralFormIsNoPlace() {
        assertNames(TestArticles.zh("该项目促进巴中乃至本地区互联互通。"));
        assertNames(TestArticles.zh("四川巴中市建成数据中心。"), "四川", "巴中市");
    }

    @Test
    void regionsOfScoStatesInTheirCountry() {
        assertEquals(List.of("纳曼干州/UZ@纳曼干州", "Jambyl Oblast/KZ@Jambyl Oblast"),
                described(TestArticles.zh("纳曼干州与Jambyl Oblast的企业签约。")));
        assertEquals(List.of("Актюбинской области/KZ@Актюбинской области"),
                described(TestArticles.ru("Завод построят в Актюбинской области.")));
    }

    @Test
    void worldCitiesFromCldrInEveryScript() {
        assertEquals(List.of("雅加达/ID@雅加达", "里加/LV@里加"), described(TestArticles.zh("展会先后在雅加达和里加举行。")));
        assertEquals(List.of("Riga/LV@Riga"), described(TestArticles.en("The fair moved to Riga.")));
        assertEquals(List.of("Рига/LV@Рига"), described(TestArticles.ru("Ярмарка переехала в Рига.")));
    }

    @Test
    void datelinesInCapitalsMatchAndAreReportedAsWritten() {
        assertEquals(List.of("ASTANA/KZ@ASTANA"), described(TestArticles.en("ASTANA, May 5 -- Ministers met.")));
        assertEquals(List.of("ДУШАНБЕ/TJ@ДУШАНБЕ"), described(TestArticles.ru("ДУШАНБЕ, 5 мая. Министры встретились.")));
    }

    @Test
    void englishCityNamesThatAreWordsOrGivenNamesAreLeftOut() {
        assertNames(TestArticles.en("Mary and Regina met at the Center for Eastern Studies."));
    }

    @Test
    void aZoneNamedAfterAKnownPlaceIsOnePlace() {
        assertNames(TestArticles.en("Firms moved to the Tianjin Dongjiang Comprehensive Bonded Zone last year."),
                "Tianjin Dongjiang Comprehensive Bonded Zone");
    }

    @Test
    void hanlpPlaceWordsNeedAPlaceFrame() {
        assertNames(TestArticles.zh("研讨会在奈良举行，来自横须贺的代表出席。"), "奈良", "横须贺");
        assertNames(TestArticles.zh("奈良风格的庭院很受欢迎。"));
    }

    @Test
    void hanlpPlaceWordsRightAfterAPlaceOrInAListWithOne() {
        assertNames(TestArticles.zh("代表团走访了新疆伊犁。"), "新疆", "伊犁");
        assertNames(TestArticles.zh("线路连接莫斯科、横须贺。"), "莫斯科", "横须贺");
    }

    @Test
    void compassWordsAndCountriesAreNoPlaces() {
        assertNames(TestArticles.zh("在西北地区和中东地区，企业正在拓展市场。"));
    }
}
