package io.scofacts.core.extract.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.TestArticles;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreditRecognizerTest {

    private static final CreditRecognizer CREDITS = new CreditRecognizer();

    @Test
    void datelineAgencyAndBracketBylineReporters() {
        Findings found = TestArticles.run(CREDITS, TestArticles.zh("""
                中吉数字走廊建设提速
                新华社比什凯克5月6日电(记者 陈思远 马丽)吉尔吉斯斯坦数字发展部6日表示,中吉数字走廊首批项目已完成验收,覆盖全国七个州的政务服务网络。
                """));
        assertEquals("中吉数字走廊建设提速", found.title());
        assertEquals("新华社", found.publisher());
        assertEquals(List.of("陈思远", "马丽"), found.reporters());
    }

    @Test
    void paperNamedInTheClosingByline() {
        Findings found = TestArticles.run(CREDITS, TestArticles.zh("""
                上合组织国家青年数字技能大赛在青岛落幕
                本次大赛吸引了来自十二个国家的三百余支队伍参赛,参赛选手围绕智慧城市和跨境电商等方向提交作品,评审持续两天。
                (光明日报记者 赵一凡)
                """));
        assertEquals("光明日报", found.publisher());
        assertEquals(List.of("赵一凡"), found.reporters());
    }

    @Test
    void sourceLineOnAPastedPageAndTheHeadlineAfterTheMenu() {
        Findings found = TestArticles.run(CREDITS, TestArticles.zh("""
                首页
                产品中心
                联系我们
                热线 400-000-0000
                上合数字经济合作再结硕果 多国企业共建跨境平台
                时间:2026-04-02 10:00
                近日,多国企业在天津签署协议,共同建设面向中亚的跨境数字服务平台,平台将提供通关、结算和物流追踪等服务。
                来源:经济日报
                免责声明:本站转载内容仅供参考。
                """));
        assertEquals("上合数字经济合作再结硕果 多国企业共建跨境平台", found.title());
        assertEquals("经济日报", found.publisher());
        assertEquals(List.of(), found.reporters());
    }

    @Test
    void noHeadlineWhenTheTextStartsWithTheStory() {
        Findings found = TestArticles.run(CREDITS, TestArticles.zh(
                "2026年5月,上合组织数字经济合作论坛在天津举行,来自各成员国的代表围绕数据流通和人工智能应用展开讨论。\n小标题\n"));
        assertNull(found.title());
        assertNull(found.publisher());
    }

    @Test
    void englishDatelineAgencyAndByline() {
        Findings found = TestArticles.run(CREDITS, TestArticles.en("""
                Uzbekistan opens data centre built with Chinese partner
                By Anna Petrova
                TASHKENT, June 3 (Xinhua) -- Uzbekistan on Tuesday opened a data centre built together with a Chinese company, officials said.
                """));
        assertEquals("Uzbekistan opens data centre built with Chinese partner", found.title());
        assertEquals("Xinhua", found.publisher());
        assertEquals(List.of("Anna Petrova"), found.reporters());
    }

    @Test
    void anAgencyAfterTheCityInCapitalsIsTheDateline() {
        Findings found = TestArticles.run(CREDITS, TestArticles.en("""
                Almaty to host regional data forum
                ALMATY. KAZINFORM - The city will host a regional forum on data centres next month, its mayor said.
                """));
        assertEquals("KAZINFORM", found.publisher());
        assertEquals("Almaty to host regional data forum", found.title());
    }

    @Test
    void anEnglishDatelineWithTheAgencyBetweenSlashes() {
        Findings found = TestArticles.run(CREDITS, TestArticles.en("""
                Data corridor talks continue
                ASTANA, March 12. /TASS/. Officials of the two countries discussed a data corridor on Wednesday.
                """));
        assertEquals("TASS", found.publisher());
    }

    @Test
    void englishHeadlineWithACommaIsStillTheHeadline() {
        Findings found = TestArticles.run(CREDITS, TestArticles.en("""
                Uzbekistan, China open joint data lab in Samarkand
                SAMARKAND, March 3 (Xinhua) -- Uzbekistan and China on Monday opened a joint data laboratory in Samarkand, officials said.
                """));
        assertEquals("Uzbekistan, China open joint data lab in Samarkand", found.title());
        assertEquals("Xinhua", found.publisher());
    }

    @Test
    void russianAgencyDateline() {
        Findings found = TestArticles.run(CREDITS, TestArticles.ru("""
                В Бишкеке обсудили цифровой транзит
                БИШКЕК, 14 марта. /Кабар/. Министры транспорта Киргизии и Китая обсудили в четверг запуск цифровой платформы для грузоперевозок.
                """));
        assertEquals("В Бишкеке обсудили цифровой транзит", found.title());
        assertEquals("Кабар", found.publisher());
    }

    @Test
    void traditionalSourceLineAndOwnPaperByline() {
        Findings found = TestArticles.run(CREDITS, TestArticles.zhHant("""
                中塔遠程醫療合作邁出新步伐
                2026-03-02 09:15  來源：東方財經報
                本報訊（記者 何嘉欣）塔吉克斯坦衛生部與多家中國醫院日前簽署合作協議，將在杜尚別設立遠程會診中心，首批接入十家基層醫院。
                """));
        assertEquals("中塔遠程醫療合作邁出新步伐", found.title());
        assertEquals("東方財經報", found.publisher());
        assertEquals(List.of("何嘉欣"), found.reporters());
    }

    private static List<String> media(Findings found) {
        return found.creditedMedia().stream().map(m -> m.name()).toList();
    }

    @Test
    void appAndPaperInOneBylineThePaperPublishes() {
        Findings found = TestArticles.run(CREDITS, TestArticles.zh("""
                天山云/天山晚报记者 周明远
                (资料图片仅供参考)
                5月8日,中哈跨境电商论坛在伊宁市开幕,来自两国的两百余家企业参加了对接活动,现场签约金额超过十亿元。
                """));
        assertEquals("天山晚报", found.publisher());
        assertEquals(List.of("周明远"), found.reporters());
        assertEquals(List.of("天山晚报", "天山云"), media(found));
        assertNull(found.title(), "a bracketed picture note is no headline");
        assertEquals(1, found.credits().size());
    }

    @Test
    void paperLeadBeatsTheBylineAndAPhotographerIsNoReporter() {
        Findings found = TestArticles.run(CREDITS, TestArticles.zh("""
                伊犁晨报讯(伊犁融媒记者 马晓云 通讯员 赵春)6月2日,数字丝路人才培训班在伊宁开班,首批学员来自五个国家。
                学员们在实训室体验智能制造设备。 伊犁融媒记者 孙立 摄
                """));
        assertEquals("伊犁晨报", found.publisher());
        assertEquals(List.of("马晓云", "赵春"), found.reporters());
        assertEquals(List.of("伊犁晨报", "伊犁融媒"), media(found));
        assertEquals(2, found.credits().size(), "the bracketed byline and the photo credit");
    }

    @Test
    void boxedBylineUnderATraditionalSourceLine() {
        Findings found = TestArticles.run(CREDITS, TestArticles.zhHant("""
                來源:東亞經貿報 發布時間:2026-3-2 10:15
                □ 林嘉樹
                近年來,中亞國家與中國在數字貿易領域的合作持續深化,跨境電商平台數量快速增長。
                """));
        assertEquals("東亞經貿報", found.publisher());
        assertEquals(List.of("林嘉樹"), found.reporters());
    }

    @Test
    void mastheadLineNamesTheSiteWhenNothingElseDoes() {
        Findings found = TestArticles.run(CREDITS, TestArticles.zh("""
                中亚数字物流通道正式贯通 首批货物抵达阿拉木图
                丝路经贸资讯网
                2026-05-12 08:30
                近日,一条连接新疆与哈萨克斯坦的数字物流通道正式贯通,首批二十个集装箱的电子产品和日用百货顺利抵达阿拉木图的物流园区。
                """));
        assertEquals("中亚数字物流通道正式贯通 首批货物抵达阿拉木图", found.title());
        assertEquals("丝路经贸资讯网", found.publisher());
    }

    @Test
    void russianNumericDatelineWithAQuotedAgencyName() {
        Findings found = TestArticles.run(CREDITS, TestArticles.ru("""
                В Худжанде открыли центр цифровых услуг
                ХУДЖАНД, 04.03.2026 /АИ «Садо»/. В Худжанде открылся центр цифровых услуг, построенный при участии китайской компании.
                """));
        assertEquals("АИ «Садо»", found.publisher());
    }

    @Test
    void russianStoryCitingTheOutletThatReportsIt() {
        Findings found = TestArticles.run(CREDITS, TestArticles.ru(
                "Делегация области подписала соглашение о строительстве теплиц. Об этом news.example.kg сообщил глава делегации.\n"));
        assertEquals("news.example.kg", found.publisher());
        Findings bureau = TestArticles.run(CREDITS, TestArticles.ru(
                "Стороны договорились о строительстве дата-центра, как передает региональное бюро Vestnik со ссылкой на компанию.\n"));
        assertEquals("Vestnik", bureau.publisher());
    }

    @Test
    void aSentenceWithAReporterWordIsNoByline() {
        Findings found = TestArticles.run(CREDITS, TestArticles.zh(
                "部长在接受记者采访时表示,双方将在数字领域深化合作,推动更多项目落地。\n"));
        assertEquals(List.of(), found.reporters());
        assertEquals(List.of(), found.credits());
        assertNull(found.publisher());
    }

    @Test
    void thisPapersOwnDatelineNamesNoPublisher() {
        Findings found = TestArticles.run(CREDITS, TestArticles.zh(
                "本报塔什干4月2日电 中乌数字贸易服务中心首批十家企业入驻,中心将为两国企业提供报关和结算服务。\n"));
        assertNull(found.publisher());
        assertEquals(List.of(), media(found));
    }

    @Test
    void aMediumRelayingItsSourceAndAPhotoCreditAreMediaOfTheStory() {
        Findings found = TestArticles.run(CREDITS, TestArticles.en("""
                Kyrgyzstan and China agree on a data corridor
                Photo credit: Kabarlar
                The two sides signed an agreement in Bishkek, Turanpress reports citing the ministry.
                """));
        assertEquals("Turanpress", found.publisher());
        assertEquals(List.of("Turanpress", "Kabarlar"), media(found));
    }

    @Test
    void anAuthorCardInThePageFurnitureCreditsAReporter() {
        Findings found = TestArticles.run(CREDITS, TestArticles.en("""
                Kyrgyzstan and China agree on a data corridor
                The two sides signed an agreement in Bishkek on Monday.
                Tags World Kyrgyzstan
                Omurbekov
                Timur Omurbekov
                Автор
                Most popular
                """));
        assertEquals(List.of("Timur Omurbekov"), found.reporters());
        assertEquals(2, found.credits().size(), "the card and its portrait caption are credits: " + found.credits());
    }

    @Test
    void aNameOverAnOrdinaryLineIsNoAuthorCard() {
        Findings found = TestArticles.run(CREDITS, TestArticles.en("""
                Kyrgyzstan and China agree on a data corridor
                Timur Omurbekov
                The two sides signed an agreement in Bishkek on Monday.
                """));
        assertEquals(List.of(), found.reporters());
    }

    @Test
    void creditsAfterAMoreNewsHeadingBelongToOtherStories() {
        Findings found = TestArticles.run(CREDITS, TestArticles.zh("""
                哈萨克斯坦数字学院首批学员结业
                来源:丝路网
                丝路网6月6日电 首批学员日前在阿拉木图结业。(丝路网 欧阳明远)
                相关内容
                热门资讯
                新能源发电量创新高... 本报讯(西部日报记者王小川)记者从电力公司获悉
                """));
        assertEquals("丝路网", found.publisher());
        assertEquals(List.of("欧阳明远"), found.reporters());
    }

    @Test
    void aLatinSourceLineNamesTheWholeMedium() {
        Findings found = TestArticles.run(CREDITS, TestArticles.en("""
                Digital bridge links Kazakhstan and China
                Source: Silk Road Business Weekly
                Kazakh and Chinese firms opened a cross-border data hub on Monday.
                """));
        assertEquals("Silk Road Business Weekly", found.publisher());
    }

    @Test
    void aCompilersCreditInLenticularBracketsCreditsAReporter() {
        Findings found = TestArticles.run(CREDITS, TestArticles.zh("""
                跨里海光缆项目进展顺利
                【编译：阿依古丽·买买提】据哈通社报道,项目已完成一期工程。
                """));
        assertEquals(List.of("阿依古丽·买买提"), found.reporters());
    }
}
