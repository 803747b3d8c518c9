package io.scofacts.core.text.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.extract.ArticleInput;
import io.scofacts.core.extract.Extractor;
import io.scofacts.core.factsheet.CountryFact;
import io.scofacts.core.factsheet.FactSheet;
import io.scofacts.core.factsheet.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The extractor finds facts in the story view, and reports them in submitted-text offsets. */
class ExtractorReadsTheStoryTest {

    private static final Extractor EXTRACTOR = Extractor.standard();

    @Test
    void countriesOfAMoreNewsListAreNotFacts() {
        String text = """
                首页 | 新闻 | 国际 | 财经
                中国与塔吉克斯坦签署数字经济合作协议
                6月12日，中国与塔吉克斯坦在杜尚别签署数字经济合作协议，双方将共建数据中心。
                热点推荐
                巴西举办国际汽车展 2025-06-10
                阿根廷农产品出口增长 2025-06-09
                """;
        FactSheet sheet = EXTRACTOR.extract(ArticleInput.ofText(text));
        List<String> codes = sheet.countries().stream().map(CountryFact::code).toList();
        assertTrue(codes.contains("TJ"), codes.toString());
        assertTrue(!codes.contains("BR") && !codes.contains("AR"), codes.toString());
        assertEquals("zh", sheet.language());
    }

    @Test
    void aCountryInSpacedPrintTextSpansTheSpacesOfTheSubmittedText() {
        String text = "新 华 社 杜 尚 别 6 月 1 2 日 电 中 国 与 塔 吉 克 斯 坦 签 署 合 作 协 议 。";
        FactSheet sheet = EXTRACTOR.extract(ArticleInput.ofText(text));
        CountryFact tajikistan = sheet.countries().stream().filter(c -> c.code().equals("TJ")).findFirst()
                .orElseThrow(() -> new AssertionError(sheet.countries().toString()));
        Span span = tajikistan.mentions().get(0);
        assertEquals("塔 吉 克 斯 坦", text.substring(span.start(), span.end()));
    }

    @Test
    void theLanguageIsTheStorys() {
        String text = """
                首页 | 新闻 | 国际 | 财经 | 科技 | 体育
                当前位置：首页 > 国际新闻 > 正文
                Kazakhstan and China open a joint data centre in Almaty
                ALMATY, May 4 -- Kazakhstan and China opened a joint data centre in Almaty on Sunday, the ministry said.
                版权所有 © 2025 丝路资讯网 未经授权不得转载
                """;
        assertEquals("en", EXTRACTOR.extract(ArticleInput.ofText(text)).language());
    }

    @Test
    void creditsAreReadFromTheMendedPage() {
        String text = """
                中 吉 数 字 走 廊 首 批 项 目 验 收
                本报比什凯克5月6日电（记者 陈 思 远）吉尔吉斯斯坦数字发展部6日表示，中吉数字走廊首批项目已完成验收，覆盖全国七个州的政务服务网络。
                """;
        FactSheet sheet = EXTRACTOR.extract(ArticleInput.ofText(text));
        assertEquals(List.of("陈思远"), sheet.reporters());
        assertEquals("中吉数字走廊首批项目验收", sheet.title());
    }
}
