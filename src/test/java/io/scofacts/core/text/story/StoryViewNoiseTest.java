package io.scofacts.core.text.story;

import static io.scofacts.core.text.story.StoryPages.storyText;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StoryViewNoiseTest {

    private static final String ZH_STORY = """
            中哈数字贸易合作论坛在阿斯塔纳开幕
            新华社阿斯塔纳6月3日电 中国—哈萨克斯坦数字贸易合作论坛3日在阿斯塔纳开幕，两国200余家企业代表参会。
            哈萨克斯坦数字发展部副部长表示，双方将在跨境电商、云计算等领域深化合作。
            """;

    @Test
    void dropsSiteMenuBreadcrumbAndHotlineAroundAChineseStory() {
        String page = """
                首页 | 新闻 | 国际 | 财经 | 科技
                当前位置：首页 > 国际新闻 > 正文
                服务热线：400-820-1234
                """ + ZH_STORY + """
                责任编辑：李明
                分享到：微信 微博 QQ空间
                版权所有 © 2025 丝路资讯网 未经授权不得转载
                京ICP备12345678号
                """;
        String story = storyText(page);
        assertTrue(story.contains("中哈数字贸易合作论坛在阿斯塔纳开幕"), story);
        assertTrue(story.contains("两国200余家企业代表参会"), story);
        assertTrue(story.contains("深化合作"), story);
        for (String noise : new String[] {"财经", "当前位置", "400-820", "李明", "分享到", "版权所有", "ICP"}) {
            assertFalse(story.contains(noise), noise + " stays in: " + story);
        }
    }

    @Test
    void dropsAMenuOfShortLinesAndAVendorHotlineBeforeTheTitle() {
        String page = """
                云联科技

                咨询电话

                400-1234-567

                产品中心

                解决方案

                新闻中心

                News Centre

                乌兹别克斯坦数字政务平台上线：中方企业提供云服务

                发布时间：2025-05-20 09:12:00

                塔什干5月19日消息，乌兹别克斯坦数字政务平台正式上线，中方企业为平台提供了云计算和数据安全服务，首批接入政务事项超过300项。

                来源：中国新闻网

                申请试用
                在线
                咨询
                """;
        String story = storyText(page);
        assertTrue(story.contains("乌兹别克斯坦数字政务平台上线"), story);
        assertTrue(story.contains("发布时间:2025-05-20"), story);
        assertTrue(story.contains("首批接入政务事项超过300项"), story);
        assertTrue(story.contains("来源:中国新闻网"), "source lines credit the story: " + story);
        for (String noise : new String[] {"云联科技", "400-1234", "产品中心", "News Centre", "申请试用", "在线"}) {
            assertFalse(story.contains(noise), noise + " stays in: " + story);
        }
    }

    @Test
    void dropsAMoreNewsListOfHeadlinesWithDates() {
        String page = ZH_STORY + """
                相关新闻
                巴西圣保罗举办电动汽车展 2025-07-12
                印度尼西亚雅加达地铁二期通车 2025-07-11
                南非开普敦港口吞吐量增长15% 2025-07-10
                """;
        String story = storyText(page);
        assertTrue(story.contains("深化合作"), story);
        assertFalse(story.contains("巴西"), story);
        assertFalse(story.contains("15%"), story);
        assertFalse(story.contains("相关新闻"), story);
    }

    @Test
    void dropsDatedHeadlinesEvenWithoutAHeading() {
        String page = ZH_STORY + """
                墨西哥城举办金融科技大会 2025-07-02
                阿根廷锂矿出口创新高 2025-07-01
                """;
        String story = storyText(page);
        assertTrue(story.contains("深化合作"), story);
        assertFalse(story.contains("墨西哥"), story);
        assertFalse(story.contains("阿根廷"), story);
    }

    @Test
    void dropsTeasersOfOtherStoriesSeparatedByRules() {
        String page = ZH_STORY + """
                -
                智利葡萄酒出口季启动，多家酒庄亮相展会
                8月5日，智利中部产区的葡萄酒出口季正式启动，30家酒庄携新品亮相圣地亚哥展会，吸引了来自欧洲和北美的...
                -
                这家小面馆凭什么开出了20家分店？
                在西南某市的老街上，一家开了十二年的小面馆最近开出了第20家分店，店主介绍说，秘诀在于...
                """;
        String story = storyText(page);
        assertTrue(story.contains("深化合作"), story);
        assertFalse(story.contains("智利"), story);
        assertFalse(story.contains("20家分店"), story);
    }

    @Test
    void dropsARelatedListOfTitlesWithSummariesAndKeepsTheNextStory() {
        String page = ZH_STORY + """

                推荐阅读

                秘鲁铜矿罢工影响出口

                秘鲁南部一座大型铜矿工人罢工进入第五天，当地出口量下降了约12%。

                新西兰乳制品价格回落

                全球乳制品拍卖价格指数连续两期下跌，跌幅为3.4%。

                上合组织国家青年数字创业营在西安开营

                7月8日，上合组织国家青年数字创业营在西安开营，来自12个国家的80名青年创业者参加。

                创业营为期两周，将安排企业参访和项目路演。
                """;
        String story = storyText(page);
        assertTrue(story.contains("深化合作"), story);
        assertFalse(story.contains("秘鲁"), story);
        assertFalse(story.contains("3.4%"), story);
        assertTrue(story.contains("来自12个国家的80名青年创业者"), story);
        assertTrue(story.contains("上合组织国家青年数字创业营在西安开营"), "the next story keeps its title: " + story);
    }

    @Test
    void dropsReaderCallsAndDisclaimerFooters() {
        String page = ZH_STORY + """
                欢迎读者踊跃投票，谈谈跨境电商给生活带来的变化！
                关于文章版权：
                https://www.example-news.cn/2025/0603/8812.html 文章来自丝路资讯
                部分稿件转自合作媒体，本站就此郑重声明：
                此类稿件只供读者参阅，不代表本站立场，本站对其内容不负任何法律责任。
                若您认为稿件涉嫌侵权，可来信告知，核实后我们将予以删除。
                """;
        String story = storyText(page);
        assertTrue(story.contains("深化合作"), story);
        for (String noise : new String[] {"欢迎读者", "声明", "example-news", "本站", "侵权"}) {
            assertFalse(story.contains(noise), noise + " stays in: " + story);
        }
    }

    @Test
    void dropsTraditionalChineseFurniture() {
        String page = """
                首頁 | 新聞 | 兩岸 | 國際 | 財經
                中吉數位經濟合作備忘錄簽署
                中央社比什凱克4日電 中國與吉爾吉斯簽署數位經濟合作備忘錄，雙方將共建資料中心。
                相關新聞
                日本央行維持利率不變
                韓國出口連續三月成長
                責任編輯：陳小明
                版權所有 © 2025 未經授權不得轉載
                """;
        String story = storyText(page);
        assertTrue(story.contains("中吉數位經濟合作備忘錄簽署"), story);
        assertTrue(story.contains("雙方將共建資料中心"), story);
        for (String noise : new String[] {"財經", "相關新聞", "日本", "韓國", "陳小明", "版權"}) {
            assertFalse(story.contains(noise), noise + " stays in: " + story);
        }
    }

    @Test
    void dropsEnglishFurniture() {
        String page = """
                Home | World | Business | Tech | Opinion
                China and Tajikistan launch cross-border data corridor
                DUSHANBE, June 9 (Xinhua) -- China and Tajikistan on Monday launched a cross-border data corridor linking data centres in Urumqi and Dushanbe.
                The corridor will carry 10 terabits per second, officials said.
                Editor: Zhang Wei
                Related articles
                Brazil's coffee harvest beats forecasts
                Mexico opens new Pacific port terminal
                Copyright © 2025 Example News. All rights reserved.
                """;
        String story = storyText(page);
        assertTrue(story.contains("China and Tajikistan launch cross-border data corridor"), story);
        assertTrue(story.contains("10 terabits per second"), story);
        for (String noise : new String[] {"Opinion", "Zhang Wei", "Related", "Brazil", "Mexico", "Copyright"}) {
            assertFalse(story.contains(noise), noise + " stays in: " + story);
        }
    }

    @Test
    void dropsRussianFurniture() {
        String page = """
                Главная / Новости / Экономика / Технологии
                Китай и Казахстан договорились о цифровом сотрудничестве
                АСТАНА, 10 июня. Китай и Казахстан подписали соглашение о сотрудничестве в области цифровой экономики, сообщило министерство.
                Стороны создадут совместный центр обработки данных мощностью 20 мегаватт.
                Читайте также:
                В Бразилии выросли продажи электромобилей
                Мексика открыла новый порт
                Фото: пресс-служба министерства
                Все права защищены. При цитировании ссылка обязательна.
                """;
        String story = storyText(page);
        assertTrue(story.contains("Китай и Казахстан договорились"), story);
        assertTrue(story.contains("20 мегаватт"), story);
        for (String noise : new String[] {"Технологии", "Читайте", "Бразилии", "Мексика", "пресс-служба", "права"}) {
            assertFalse(story.contains(noise), noise + " stays in: " + story);
        }
    }

    @Test
    void keepsEveryStoryOfANewspaperPage() {
        String page = """
                中俄数字经济合作项目签约
                本报莫斯科电 中俄两国企业9日签署12项数字经济合作协议，涉及人工智能、跨境支付等领域。
                双方表示，将共同推进数字基础设施建设。

                上合组织国家数字技能培训班结业
                本报乌鲁木齐电 为期一个月的上合组织国家数字技能培训班近日结业，来自8个国家的60名学员完成培训。

                （本报记者 王芳 摄）
                """;
        String story = storyText(page);
        assertTrue(story.contains("中俄数字经济合作项目签约"), story);
        assertTrue(story.contains("12项数字经济合作协议"), story);
        assertTrue(story.contains("上合组织国家数字技能培训班结业"), story);
        assertTrue(story.contains("60名学员"), story);
        assertFalse(story.contains("王芳 摄"), "a whole-line photo credit goes: " + story);
    }

    @Test
    void keepsAListOfShortItemsInsideTheStory() {
        String page = """
                上合组织数字创新峰会于青岛召开
                论坛期间，以下国家的代表团签署了合作意向书：
                俄罗斯
                哈萨克斯坦
                吉尔吉斯斯坦
                塔吉克斯坦
                各方同意在明年举办第二届论坛，并建立常设联络机制，推动数字经济合作走深走实。
                """;
        String story = storyText(page);
        assertTrue(story.contains("俄罗斯\n哈萨克斯坦\n吉尔吉斯斯坦\n塔吉克斯坦"), story);
        assertTrue(story.contains("上合组织数字创新峰会于青岛召开"), story);
    }

    @Test
    void keepsAShortTitleAndDatelineAboveTheStory() {
        String page = """
                数字丝路再提速
                2025-08-01 10:30
                8月1日，连接中国与中亚五国的数字丝路项目进入第二阶段，新建光缆总长超过3000公里。
                """;
        String story = storyText(page);
        assertTrue(story.startsWith("数字丝路再提速\n2025-08-01 10:30\n"), story);
    }

    @Test
    void keepsStorySentencesThatMentionCueWords() {
        String page = """
                中方企业为哈萨克斯坦建设政务服务热线平台，预计年内接通全国各州，服务覆盖超过1900万居民，这是两国数字政务合作的又一成果。
                The ministry said the new copyright rules will protect software developers in both countries, according to a statement released on Tuesday.
                扫码支付已覆盖塔什干的主要商圈。
                二维码支付在中亚快速普及。
                Copyright 2025 Silk Road Daily. All rights reserved.
                """;
        String story = storyText(page);
        assertTrue(story.contains("政务服务热线平台"), story);
        assertTrue(story.contains("copyright rules"), story);
        assertTrue(story.contains("扫码支付已覆盖塔什干的主要商圈"), story);
        assertTrue(story.contains("二维码支付在中亚快速普及"), story);
        assertFalse(story.contains("Silk Road Daily"), story);
    }

    @Test
    void dropsABracketedEditorCreditClosingTheLastParagraph() {
        String story = storyText("""
                双方同意年内启动数字口岸联合试点，推动通关数据互认。（责编：赵小红、孙大伟）
                Both sides will share customs data from next year. (Editor: Li Hua)
                """);
        assertTrue(story.contains("推动通关数据互认。\n"), story);
        assertTrue(story.contains("from next year. \n"), story);
        assertFalse(story.contains("赵小红"), story);
        assertFalse(story.contains("Li Hua"), story);
    }

    @Test
    void dropsASpaceSeparatedMenuButKeepsASpacedTitle() {
        String story = storyText("""
                首页 要闻 国际 财经 科技 体育
                丝路云端 数字互联 共赢未来
                中国与中亚国家数字合作持续深化，去年双边跨境电商交易额同比增长35%。
                """);
        assertFalse(story.contains("要闻"), story);
        assertTrue(story.contains("丝路云端 数字互联 共赢未来"), story);
    }

    @Test
    void aDisclaimerAtTheTopDoesNotSwallowTheTitle() {
        String story = storyText("""
                免责声明：本文仅代表作者观点
                中塔跨境光缆项目竣工
                9月1日，中塔跨境光缆项目在杜尚别竣工，全长约420公里，将显著提升塔吉克斯坦的国际通信能力。
                """);
        assertFalse(story.contains("免责声明"), story);
        assertTrue(story.contains("中塔跨境光缆项目竣工"), story);
    }

    @Test
    void dropsTraditionalChineseTeasersAfterARelatedHeading() {
        String story = storyText("""
                中烏數位合作論壇在塔什干舉行，兩國簽署15項合作文件。
                【相關閱讀】
                越南咖啡出口創新高
                越南今年上半年咖啡出口額年增三成，主要銷往歐洲與日本，業者預期下半年...
                泰國電動車銷量翻倍
                泰國電動車上半年銷量較去年同期翻倍，中國品牌市占率超過七成，業者表示...
                """);
        assertTrue(story.contains("兩國簽署15項合作文件"), story);
        assertFalse(story.contains("越南"), story);
        assertFalse(story.contains("泰國"), story);
    }

    @Test
    void dropsEnglishReadMoreLinksHotlinesAndShareBars() {
        String story = storyText("""
                Kyrgyzstan and China open joint AI lab in Bishkek
                BISHKEK, July 2 -- A joint artificial intelligence laboratory opened in Bishkek on Wednesday, with 40 researchers from both countries.
                Read more: Peru's copper exports slow as miners strike
                Share this article
                Call us: +1 (800) 555-0199
                """);
        assertTrue(story.contains("40 researchers"), story);
        assertFalse(story.contains("Peru"), story);
        assertFalse(story.contains("Share"), story);
        assertFalse(story.contains("555"), story);
    }

    @Test
    void dropsRussianOtherNewsWithDates() {
        String story = storyText("""
                Узбекистан и Китай запустили платформу электронной торговли
                ТАШКЕНТ, 5 июля. Узбекистан и Китай запустили совместную платформу электронной торговли, к которой подключились 300 компаний.
                Другие новости
                В Перу выросла добыча меди 04.07.2025
                В Чили открыли новый терминал 03.07.2025
                Поделиться: ВКонтакте Telegram
                """);
        assertTrue(story.contains("300 компаний"), story);
        assertFalse(story.contains("Перу"), story);
        assertFalse(story.contains("Чили"), story);
        assertFalse(story.contains("Поделиться"), story);
    }

    @Test
    void dropsTagsViewCountsAppPromptsAndComments() {
        String story = storyText("""
                阅读量：12873
                中蒙跨境数据中心投入运营
                7月20日，中蒙跨境数据中心在二连浩特投入运营，一期部署服务器3000台。
                标签：数据中心 中蒙合作
                打开APP阅读更多精彩内容
                网友评论
                这个项目真不错
                期待二期早日建成
                """);
        assertTrue(story.contains("一期部署服务器3000台"), story);
        for (String noise : new String[] {"12873", "标签", "APP", "评论", "真不错", "二期"}) {
            assertFalse(story.contains(noise), noise + " stays in: " + story);
        }
    }

    @Test
    void keepsAStoryExcerptThatEndsWithAnEllipsis() {
        String story = storyText("""
                中国—中亚数字合作论坛举行
                论坛上，各方围绕跨境数据流动、数字人才培养等议题深入交流，并发布了合作倡议，倡议提出...
                与会代表表示，将共同推动倡议落地见效。
                """);
        assertTrue(story.contains("中国—中亚数字合作论坛举行"), story);
        assertTrue(story.contains("跨境数据流动"), story);
    }
}
