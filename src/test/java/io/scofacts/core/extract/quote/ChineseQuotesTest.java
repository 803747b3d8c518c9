package io.scofacts.core.extract.quote;

import static io.scofacts.core.extract.quote.QuoteAssertions.quotes;
import static io.scofacts.core.extract.quote.QuoteAssertions.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scofacts.core.extract.TestArticles;
import io.scofacts.core.factsheet.QuoteFact;
import org.junit.jupiter.api.Test;

class ChineseQuotesTest {

    @Test
    void speakerAfterTheQuoteFollowsTheLastTitle() {
        assertEquals("王志远: 数据跨境流动规则的对接,是下一阶段合作的关键。",
                summary(TestArticles.zh("“数据跨境流动规则的对接,是下一阶段合作的关键。”中国信息通信研究院副院长王志远说。")));
    }

    @Test
    void transliteratedNameAfterAnAffiliationAndTitle() {
        assertEquals("努尔兰·别克穆罕默多夫: 哈方愿与中方共建算力中心,让数据服务惠及中亚。",
                summary(TestArticles.zh("“哈方愿与中方共建算力中心,让数据服务惠及中亚。”哈萨克斯坦数字发展部副部长努尔兰·别克穆罕默多夫表示。")));
    }

    @Test
    void halfWidthAndFullWidthMiddleDotsGiveTheSameSpeaker() {
        String full = summary(TestArticles.zh("“合作前景十分广阔,我们充满信心。”塔吉克斯坦驻华大使阿克巴尔・萨迪科夫说。"));
        String half = summary(TestArticles.zh("“合作前景十分广阔,我们充满信心。”塔吉克斯坦驻华大使阿克巴尔·萨迪科夫说。"));
        assertEquals("阿克巴尔·萨迪科夫: 合作前景十分广阔,我们充满信心。", full);
        assertEquals(full, half);
    }

    @Test
    void speakerBeforeTheQuoteWithColonOrComma() {
        assertEquals("刘晓燕: 园区已吸引四十多家企业入驻,明年还将扩建。",
                summary(TestArticles.zh("天津市滨海新区数据局局长刘晓燕介绍:“园区已吸引四十多家企业入驻,明年还将扩建。”")));
        assertEquals("陈立新: 我们希望把成熟的智慧港口方案带到中亚。",
                summary(TestArticles.zh("记者采访时,陈立新表示,“我们希望把成熟的智慧港口方案带到中亚。”")));
    }

    @Test
    void quoteSplitAroundTheVerbGivesTwoQuotesOfOneSpeaker() {
        assertEquals("赵明: 这条光缆打通了信息通道, | 赵明: 沿线国家的中小企业都能从中受益。",
                summary(TestArticles.zh("“这条光缆打通了信息通道,”项目总经理赵明说,“沿线国家的中小企业都能从中受益。”")));
    }

    @Test
    void framesBetweenNameAndVerbAreSkipped() {
        assertEquals("孙海涛: 人才是数字合作中最稀缺的资源。",
                summary(TestArticles.zh("北京大学教授孙海涛在接受记者采访时说:“人才是数字合作中最稀缺的资源。”")));
        assertEquals("欧阳志强: 标准互认将大大降低企业成本。",
                summary(TestArticles.zh("“标准互认将大大降低企业成本。”欧阳志强也表示。")));
    }

    @Test
    void undottedForeignNameAfterATitle() {
        assertEquals("托卡耶夫: 哈中两国的数字合作正在提速。",
                summary(TestArticles.zh("“哈中两国的数字合作正在提速。”哈萨克斯坦总统托卡耶夫在会见时说。")));
        assertEquals("萨迪尔·扎帕罗夫: 感谢中方提供的技术支持。",
                summary(TestArticles.zh("“感谢中方提供的技术支持。”吉尔吉斯斯坦总统萨迪尔·扎帕罗夫说。")));
        assertEquals("别克穆罕默多夫: 数据中心明年投入运营。",
                summary(TestArticles.zh("“数据中心明年投入运营。”部长别克穆罕默多夫表示。")));
    }

    @Test
    void roleNounAsTitleAndASplitQuote() {
        assertEquals("阿斯卡尔: 这是我们第一次来天津。 | 阿斯卡尔: 这里的营商环境非常好。", summary(TestArticles.zh(
                "“这是我们第一次来天津。”来自吉尔吉斯斯坦的企业家阿斯卡尔说,“这里的营商环境非常好。”")));
    }

    @Test
    void asSomeoneSaid() {
        assertEquals("王立华: 数字合作是各国共同的机遇。", summary(TestArticles.zh("正如王立华所说,“数字合作是各国共同的机遇。”")));
    }

    @Test
    void leadWordBeforeTheName() {
        assertEquals("张海峰: 培训名额已经全部报满。",
                summary(TestArticles.zh("据张海峰介绍,“培训名额已经全部报满。”")));
    }

    @Test
    void bareNameAndColonOpeningALine() {
        assertEquals("林海: 中亚市场的潜力远未释放。", summary(TestArticles.zh("对话实录\n林海:“中亚市场的潜力远未释放。”")));
        assertEquals("", summary(TestArticles.zh("合作的主要内容:“共建共享,互利共赢。”")));
    }

    @Test
    void nameWithoutTitleNeedsASurname() {
        assertEquals("李文博: 这次签约只是合作的开始。", summary(TestArticles.zh("“这次签约只是合作的开始。”李文博说。")));
        assertEquals("", summary(TestArticles.zh("“这次签约只是合作的开始。”中方表示。")));
    }

    @Test
    void pronounTakesTheLastNamedSpeakerOfTheParagraph() {
        assertEquals("周建国: 算力网络要先行。 | 周建国: 数据要素市场也要同步培育。", summary(TestArticles.zh(
                "“算力网络要先行。”国家数据局副局长周建国说。他随后强调:“数据要素市场也要同步培育。”")));
    }

    @Test
    void pronounTakesASpeakerNamedWithoutAQuote() {
        assertEquals("马文静: 我们会继续扩大本地招聘。", summary(TestArticles.zh(
                "公司负责人马文静介绍,项目已培训本地员工三百人。她说:“我们会继续扩大本地招聘。”")));
    }

    @Test
    void pronounWithNoNamedSpeakerInTheParagraphIsSkipped() {
        assertEquals("", summary(TestArticles.zh("论坛吸引了众多企业参加。\n“这里机会很多,值得长期投入。”他说。")));
    }

    @Test
    void traditionalScriptWithCornerBrackets() {
        assertEquals("黃志明: 數位轉型不只是技術問題,更是治理問題。", summary(TestArticles.zhHant(
                "「數位轉型不只是技術問題,更是治理問題。」香港數碼港行政總裁黃志明表示。")));
        assertEquals("陳美玲: 我們期待與中亞夥伴深化合作。", summary(TestArticles.zhHant(
                "研究院院長陳美玲說:「我們期待與中亞夥伴深化合作。」")));
    }

    @Test
    void mentionCoversTheQuotedTextWithoutMarks() {
        String text = "前言。“共享发展成果,是我们的共同目标。”王立华说。";
        QuoteFact quote = quotes(TestArticles.zh(text)).get(0);
        assertEquals(text.indexOf("共享"), quote.mention().get(0).start());
        assertEquals(text.indexOf("”"), quote.mention().get(0).end());
    }
}
