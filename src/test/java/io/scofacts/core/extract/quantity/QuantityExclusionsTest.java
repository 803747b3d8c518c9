package io.scofacts.core.extract.quantity;

import static io.scofacts.core.extract.quantity.QuantityTestSupport.assertFigure;
import static io.scofacts.core.extract.quantity.QuantityTestSupport.assertNone;
import static io.scofacts.core.extract.quantity.QuantityTestSupport.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.TestArticles;
import io.scofacts.core.factsheet.DateFact;
import io.scofacts.core.factsheet.QuantityFact;
import io.scofacts.core.factsheet.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityExclusionsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "2025年7月10日,论坛在天津开幕。",
        "时间:2025-07-16 15:34:35",
        "二〇二五年是合作深化之年。",
        "第三届博览会和第1期简报、第20个年头均已发布。",
        "客服热线:400-8123-456,传真:010-12345678。",
        "原文链接:https://news.example.com/41712.html",
        "5G网络和4G基站覆盖全国,G20峰会期间发布。",
        "十四五规划和十五五规划衔接。",
        "数十个国家和几十家企业参与,成千上万的人观看,百家争鸣、千家万户。",
        "学习党的二十大精神,落实二十届三中全会部署,统筹推进五位一体总体布局。",
        "打造一个平台,建立一套机制,推动一带一路建设。",
        "中乌两国元首会晤,两国关系稳步发展。",
        "该项目二期工程正在建设,三期项目明年启动,四期建设同步推进。",
        "本刊2024年第3期刊发了专题报道。",
        "浏览次数:12345 点赞:55 共3页",
        "20世纪90年代以来,三年级学生开始学习编程。",
        "今年元旦前后,平台访问量保持稳定。",
        "会议审议通过《数字经济发展三年行动计划(2025—2027年)》和《十大重点工程清单》。",
        "制定五年规划,实施三年行动计划,三位数增长。",
        "他从五台山、三门峡到七台河,骑着三轮车游览,写下三部曲。"
    })
    void chineseNonQuantities(String text) {
        assertNone(TestArticles.zh(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The forum opened on July 10, 2025 and closed on 12 July.",
        "Call +86 10 1234 5678 or visit www.example.com/news/41712.html for details.",
        "The 3rd edition of the expo and the 21st session were held in 2025.",
        "Version 2.1.3 of the app supports 5G and COVID-19 tracing for G20 members.",
        "In 2025 companies across the region expanded. See Article 5 and No. 12.",
        "One platform and one center were launched.",
        "The two countries agreed to deepen ties, and the three countries will meet again."
    })
    void englishNonQuantities(String text) {
        assertNone(TestArticles.en(text));
    }

    @Test
    void aYearBeforeNianIsNoDurationButAShortSpanIs() {
        AnalyzedArticle a = TestArticles.zh("2025年,双方合作进入第3年,3年来累计培训学员500人。");
        List<QuantityFact> found = QuantityTestSupport.figures(a);
        assertTrue(found.stream().noneMatch(q -> q.value().equals(2025L)), describe(found));
        assertFigure(a, "3年", 3L, "year", "exact");
    }

    @Test
    void aFigureOverlappingAKnownDateIsSkipped() {
        AnalyzedArticle a = TestArticles.zh("截至6月30日共有120家企业入驻。");
        Findings findings = new Findings();
        findings.addDate(new DateFact("2025-06-30", "day", false, "截至6月30日共有120家", new Span(0, 14)));
        QuantityTestSupport.RECOGNIZER.recognize(a, findings);
        assertEquals(List.of(), findings.quantities());
        assertFigure(a, "120家", 120L, "organization", "exact");
    }

    @Test
    void listNumberingIsNoQuantity() {
        assertNone(TestArticles.zh("1.加强数字基础设施建设\n2.推动数据流通交易\n3、深化人才合作"));
    }
}
