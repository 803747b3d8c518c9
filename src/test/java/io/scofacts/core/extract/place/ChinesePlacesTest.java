package io.scofacts.core.extract.place;

import static io.scofacts.core.extract.place.PlaceFinds.assertNames;
import static io.scofacts.core.extract.place.PlaceFinds.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scofacts.core.extract.TestArticles;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChinesePlacesTest {

    @Test
    void cityNamedInTheStoryIsAPlaceWithItsCountryAndSpan() {
        assertEquals(List.of("天津/CN@天津"), described(TestArticles.zh("第三届中外企业家对话会昨天在天津开幕。")));
    }

    @Test
    void aPlaceOpeningATransliteratedSurnameIsNoPlace() {
        assertEquals(List.of(), described(TestArticles.zh("塔方代表阿里莫夫在会上介绍了项目进展。")));
        assertEquals(List.of("西藏/CN@西藏", "阿里地区/CN@阿里地区"), described(TestArticles.zh("项目覆盖西藏阿里地区的多个乡镇。")));
    }

    @Test
    void foreignCapitalsAndCitiesCarryTheirCountries() {
        assertEquals(List.of("塔什干/UZ@塔什干", "阿拉木图/KZ@阿拉木图", "比什凯克/KG@比什凯克"),
                described(TestArticles.zh("从塔什干到阿拉木图，再到比什凯克，数据中心项目接连落地。")));
    }

    @Test
    void portAndBondedZoneReadAsOneLongestPlace() {
        assertEquals(List.of("滨海高新区/CN@滨海高新区", "天津港保税区/CN@天津港保税区"),
                described(TestArticles.zh("滨海高新区和天津港保税区的招商团队介绍了优惠政策。")));
    }

    @Test
    void portWrittenAloneIsReportedAlone() {
        assertEquals(List.of("天津港/CN@天津港"), described(TestArticles.zh("企业将依托天津港的航线优势拓展中亚市场。")));
    }

    @Test
    void levelWordIsCoveredButLeftOutOfTheName() {
        assertEquals(List.of("天津/CN@天津市", "喀什地区/CN@喀什地区"),
                described(TestArticles.zh("天津市与喀什地区签署对口合作协议。")));
    }

    @Test
    void regionSuffixOfAForeignCityKeepsItsCountry() {
        assertEquals(List.of("纳曼干地区/UZ@纳曼干地区"), described(TestArticles.zh("该纺织园位于乌兹别克斯坦纳曼干地区。")));
    }

    @Test
    void fullNamesOfAutonomousRegionsAndBorderPorts() {
        assertEquals(List.of("新疆维吾尔自治区/CN@新疆维吾尔自治区", "霍尔果斯口岸/CN@霍尔果斯口岸"),
                described(TestArticles.zh("新疆维吾尔自治区霍尔果斯口岸今年过货量持续增长。")));
    }

    @Test
    void newAreaIsAPlaceButItsStemAloneIsNot() {
        assertNames(TestArticles.zh("滨海新区将建设算力枢纽。"), "滨海新区");
        assertNames(TestArticles.zh("这座滨海城市吸引了大批游客。"));
    }

    @Test
    void unknownProperNameBeforeAStrongZoneSuffixIsAChinesePlace() {
        assertEquals(List.of("临空经济技术开发区/CN@临空经济技术开发区"),
                described(TestArticles.zh("项目落户于临空经济技术开发区。")));
    }

    @Test
    void commonWordsBeforeAZoneSuffixAreNotPlaces() {
        assertNames(TestArticles.zh("全国各开发区和国家级新区加快数字化转型，推动经济开发区提质升级。"));
        assertNames(TestArticles.zh("该市积极申建自贸区，并在境外合作区、海外综合保税区开展试点。"));
    }

    @Test
    void wordsStartingWithASuffixCharDoNotExtendTheName() {
        assertEquals(List.of("天津/CN@天津", "天津/CN@天津"),
                described(TestArticles.zh("天津市场活跃，天津区位优势明显。")));
    }

    @Test
    void regionsOfSeveralCountriesAndCountriesAreNotPlaces() {
        assertNames(TestArticles.zh("中国与中亚、东南亚、非洲和欧亚国家的合作不断深化，乌兹别克斯坦尤为积极。"));
    }

    @Test
    void placeStartingAnOrganisationNameBelongsToThatName() {
        assertNames(TestArticles.zh("此次会议由天津市人民政府和国家数据局共同举办，天津市商务局负责人出席。"));
        assertNames(TestArticles.zh("鲁兴贸易与塔什干绿洲纺织有限公司签署供货协议。"));
        assertNames(TestArticles.zh("天津大学和天津港集团有限公司的代表出席。"));
        assertNames(TestArticles.zh("上海合作组织秉持上海精神。"));
    }

    @Test
    void placeNextToAnOrganisationNameStaysAPlaceWhenAWordEndsTheName() {
        assertNames(TestArticles.zh("企业在天津举行了签约仪式，中国银行也参加了。"), "天津");
    }

    @Test
    void placeInsideAnEventNameIsReportedAsTheEventsPlace() {
        assertNames(TestArticles.zh("上合组织天津峰会取得丰硕成果。"), "天津");
    }

    @Test
    void givenNameAfterASurnameIsNotAPlace() {
        assertNames(TestArticles.zh("公司负责人王海南表示，明年将扩大投资。"));
        assertNames(TestArticles.zh("展会在海南举行。"), "海南");
    }

    @Test
    void partOfATransliteratedNameIsNotAPlace() {
        assertNames(TestArticles.zh("努尔苏丹・纳扎尔巴耶夫曾访问阿斯塔纳。"), "阿斯塔纳");
    }

    @Test
    void wordsContainingACityNameAreNotThatCity() {
        assertNames(TestArticles.zh("北京时间今晚八点，5G网络实现大连接。"));
    }

    @Test
    void overlappingNamesReadLeftmostLongest() {
        assertNames(TestArticles.zh("江西安徽两省的企业参展。"), "江西", "安徽");
    }

    @Test
    void administrativeChainNamesEachUnit() {
        assertEquals(List.of("山东/CN@山东省", "青岛/CN@青岛市", "胶州/CN@胶州市"),
                described(TestArticles.zh("示范区位于山东省青岛市胶州市。")));
        assertEquals(List.of("塔什干州/UZ@塔什干州", "奇尔奇克/UZ@奇尔奇克市"),
                described(TestArticles.zh("工厂建在塔什干州奇尔奇克市。")));
    }

    @Test
    void chainStopsAtOrganisationsAndCommonWords() {
        assertNames(TestArticles.zh("天津市河西区人民政府发布通知。"));
        assertNames(TestArticles.zh("天津市河西区发布通知。"), "天津", "河西区");
        assertNames(TestArticles.zh("天津市各区积极参与。"), "天津");
    }

    @Test
    void bareCityBeforeAZoneJoinsIt() {
        assertEquals(List.of("天津东疆综合保税区/CN@天津东疆综合保税区", "重庆两江新区/CN@重庆两江新区"),
                described(TestArticles.zh("天津东疆综合保税区与重庆两江新区签约。")));
    }

    @Test
    void mayorIsATitleNotPartOfTheName() {
        assertEquals(List.of("杜尚别/TJ@杜尚别"), described(TestArticles.zh("杜尚别市长会见了代表团。")));
    }

    @Test
    void aPlaceOpeningAMoreFrequentCommonWordIsPartOfThatWord() {
        assertNames(TestArticles.zh("智慧交通系统缓解了大城市的拥堵,大城县和北京市也将引入。"), "大城县", "北京");
    }
}
