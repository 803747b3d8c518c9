package io.scofacts.core.extract.quantity;

import static io.scofacts.core.extract.quantity.QuantityTestSupport.assertFigure;
import static io.scofacts.core.extract.quantity.QuantityTestSupport.figure;
import static io.scofacts.core.extract.quantity.QuantityTestSupport.figures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityRecognizerChineseTest {

    @Test
    void moneyWithMagnitudes() {
        AnalyzedArticle a = TestArticles.zh("本次推介会共促成合作项目,意向投资额达27.5亿元,其中外资约3.2亿美元,"
                + "另有800万欧元技术援助、120亿卢布贸易融资、46亿坚戈和9000亿苏姆专项贷款,首期到位资金300多万元。");
        assertFigure(a, "27.5亿元", 2_750_000_000L, "CNY", "exact");
        assertFigure(a, "约3.2亿美元", 320_000_000L, "USD", "about");
        assertFigure(a, "800万欧元", 8_000_000L, "EUR", "exact");
        assertFigure(a, "120亿卢布", 12_000_000_000L, "RUB", "exact");
        assertFigure(a, "46亿坚戈", 4_600_000_000L, "KZT", "exact");
        assertFigure(a, "9000亿苏姆", 900_000_000_000L, "UZS", "exact");
        assertFigure(TestArticles.zh("该校总投资约30亿索姆,另有2亿索莫尼来自塔方。"), "约30亿索姆", 3_000_000_000L, "other", "about");
        assertFigure(a, "300多万元", 3_000_000L, "CNY", "over");
        assertEquals("意向投资额", figure(a, "27.5亿元").subject());
    }

    @Test
    void moneyWrittenWithChineseNumeralsAndRenminbi() {
        AnalyzedArticle a = TestArticles.zh("双方设立规模为人民币五十亿元的合作基金,首批注资十三亿元,后续追加一点五亿元人民币。");
        assertFigure(a, "人民币五十亿元", 5_000_000_000L, "CNY", "exact");
        assertFigure(a, "十三亿元", 1_300_000_000L, "CNY", "exact");
        assertFigure(a, "一点五亿元人民币", 150_000_000L, "CNY", "exact");
    }

    @Test
    void percentagesAndGrowthRates() {
        AnalyzedArticle a = TestArticles.zh("该国移动支付渗透率从38%提升至65%以上,跨境电商交易额同比增长21.6%,"
                + "中小企业上云比例不到三成,宽带资费下降百分之十五,出口增长2.5个百分点。");
        assertFigure(a, "38%", 38L, "percent", "exact");
        assertFigure(a, "65%以上", 65L, "percent", "over");
        assertFigure(a, "21.6%", 21.6, "percent", "exact");
        assertFigure(a, "不到三成", 30L, "percent", "under");
        assertFigure(a, "百分之十五", 15L, "percent", "exact");
        assertFigure(a, "2.5个百分点", 2.5, "percent", "exact");
        assertTrue(figure(a, "38%").subject().endsWith("移动支付渗透率"), figure(a, "38%").subject());
    }

    @Test
    void peopleCounts() {
        AnalyzedArticle a = TestArticles.zh("来自12个国家的2000余名代表出席开幕式,三千多名志愿者提供服务,"
                + "论坛线上直播吸引约1.6万人次观看,另有近两百位专家、86人参加闭门会议。");
        assertFigure(a, "2000余名", 2000L, "person", "over");
        assertFigure(a, "三千多名", 3000L, "person", "over");
        assertFigure(a, "约1.6万人次", 16_000L, "person", "about");
        assertFigure(a, "近两百位", 200L, "person", "about");
        assertFigure(a, "86人", 86L, "person", "exact");
        assertEquals("代表", figure(a, "2000余名").subject());
    }

    @Test
    void genericMeasureWordsTakeTheUnitOfTheNounAfterThem() {
        AnalyzedArticle a = TestArticles.zh("会上发布36个重点合作项目和15项典型案例,涉及28个国家和地区、"
                + "40余个政府部门与科研机构、9座城市,另有12项数字公共服务清单。");
        assertFigure(a, "36个", 36L, "project", "exact");
        assertFigure(a, "15项", 15L, "case", "exact");
        assertFigure(a, "28个", 28L, "country", "exact");
        assertFigure(a, "40余个", 40L, "organization", "over");
        assertFigure(a, "9座", 9L, "city", "exact");
        assertFigure(a, "12项", 12L, "item", "exact");
        assertEquals("重点合作项目", figure(a, "36个").subject());
    }

    @Test
    void aFigureClosingItsClauseTakesTheUnitOfTheNounBeforeIt() {
        AnalyzedArticle a = TestArticles.zh("园区累计落地人工智能项目逾300项,入驻企业达150个。");
        assertFigure(a, "逾300项", 300L, "project", "over");
        assertFigure(a, "150个", 150L, "organization", "exact");
    }

    @Test
    void organisationsCountriesAndCities() {
        AnalyzedArticle a = TestArticles.zh("32家金融机构和6所高校加入联盟,上合组织10国代表与会,合作网络覆盖20多个城市。");
        assertFigure(a, "32家", 32L, "organization", "exact");
        assertFigure(a, "6所", 6L, "organization", "exact");
        assertFigure(a, "10国", 10L, "country", "exact");
        assertFigure(a, "20多个", 20L, "city", "over");
        assertFigure(TestArticles.zh("四部门联合印发实施方案。"), "四部", 4L, "organization", "exact");
    }

    @Test
    void capacityAndComputingPower() {
        AnalyzedArticle a = TestArticles.zh("新建光伏电站装机500MW,风电项目总容量1.2GW,配套储能800兆瓦,"
                + "另有屋顶光伏3万千瓦;智算中心算力规模突破2万P,二期将新增300PFLOPS。");
        assertFigure(a, "500MW", 500L, "MW", "exact");
        assertFigure(a, "1.2GW", 1.2, "GW", "exact");
        assertFigure(a, "800兆瓦", 800L, "MW", "exact");
        assertFigure(a, "3万千瓦", 30L, "MW", "exact");
        assertFigure(a, "突破2万P", 20_000L, "PFLOPS", "over");
        assertFigure(a, "300PFLOPS", 300L, "PFLOPS", "exact");
    }

    @Test
    void durationsAndSessions() {
        AnalyzedArticle a = TestArticles.zh("近5年来,培训中心已举办16期研修班,连续举办五届博览会,"
                + "每期培训为期10天,学员需完成3个月实习,项目建设周期两年,共组织30余场对接会。");
        assertFigure(a, "近5年", 5L, "year", "about");
        assertFigure(a, "16期", 16L, "session", "exact");
        assertFigure(a, "五届", 5L, "session", "exact");
        assertFigure(a, "10天", 10L, "day", "exact");
        assertFigure(a, "3个月", 3L, "month", "exact");
        assertFigure(a, "两年", 2L, "year", "exact");
        assertFigure(a, "30余场", 30L, "session", "over");
    }

    @Test
    void majorGroupsCountedWithDa() {
        AnalyzedArticle a = TestArticles.zh("规划聚焦五大重点领域,打造两大平台,实施十大工程。");
        assertFigure(a, "五大", 5L, "other", "exact");
        assertFigure(a, "两大", 2L, "other", "exact");
        assertFigure(a, "十大", 10L, "other", "exact");
    }

    @ParameterizedTest
    @CsvSource({
        "约500名, about", "近500名, about", "将近500名, about", "大约500名, about", "500名左右, about",
        "500余名, over", "500多名, over", "超500名, over", "超过500名, over", "逾500名, over", "500名以上, over",
        "突破500名, over", "不到500名, under", "不足500名, under", "500名以下, under", "低于500名, under",
        "500名, exact"
    })
    void everyApproximationWord(String figure, String approx) {
        AnalyzedArticle a = TestArticles.zh("本届培训班共有学员" + figure + ",分为四个班。");
        assertFigure(a, figure, 500L, "person", approx);
    }

    @Test
    void chineseNumeralFormsFromTheBrief() {
        AnalyzedArticle a = TestArticles.zh("联盟成员发展到二十余家,服务一百五十个园区,带动就业三千多人,惠及十三亿人口,1.2万家企业上云,5千名学员结业。");
        assertFigure(a, "二十余家", 20L, "organization", "over");
        assertFigure(a, "一百五十个", 150L, "item", "exact");
        assertFigure(a, "三千多人", 3000L, "person", "over");
        assertFigure(a, "1.2万家", 12_000L, "organization", "exact");
        assertFigure(a, "5千名", 5000L, "person", "exact");
    }

    @Test
    void aLeadingHundredOrThousandAfterAnApproximationWordMeansOne() {
        AnalyzedArticle a = TestArticles.zh("平台年交易额逾千亿元,近百家企业入驻,培训超万人次。");
        assertFigure(a, "逾千亿元", 100_000_000_000L, "CNY", "over");
        assertFigure(a, "近百家", 100L, "organization", "about");
        assertFigure(a, "超万人次", 10_000L, "person", "over");
    }

    @Test
    void aRestatedFigureIsReportedOnce() {
        AnalyzedArticle a = TestArticles.zh("活动现场签约18个项目。据介绍,这18个项目涵盖智慧物流等领域。");
        assertEquals(1, figures(a).size());
    }
}
