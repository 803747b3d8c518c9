package io.scofacts.core.extract.quantity;

import static io.scofacts.core.extract.quantity.QuantityTestSupport.assertFigure;
import static io.scofacts.core.extract.quantity.QuantityTestSupport.figure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.TestArticles;
import io.scofacts.core.factsheet.QuantityFact;
import org.junit.jupiter.api.Test;

class QuantityOffsetsTest {

    @Test
    void mentionCoversQualifierNumberAndMeasureWord() {
        String text = "据统计,园区入驻企业超过1500家,比上年增长12.5%以上。";
        AnalyzedArticle a = TestArticles.zh(text);
        QuantityFact companies = figure(a, "超过1500家");
        assertEquals(text.indexOf("超过1500家"), companies.mention().start());
        assertEquals(text.indexOf("超过1500家") + "超过1500家".length(), companies.mention().end());
        QuantityFact growth = figure(a, "12.5%以上");
        assertEquals("12.5%以上", text.substring(growth.mention().start(), growth.mention().end()));
    }

    @Test
    void offsetsStayInSubmittedTextAcrossInvisibleAndFullWidthChars() {
        String text = "\uFEFF会议\u200B吸引了１２００余名代表。";
        AnalyzedArticle a = TestArticles.zh(text);
        QuantityFact q = figure(a, "１２００余名");
        assertEquals(text.indexOf("１２００余名"), q.mention().start());
        assertEquals("１２００余名", text.substring(q.mention().start(), q.mention().end()));
    }

    @Test
    void spacedOutPrintTextAndBrokenLinesAreRead() {
        String spaced = "新 华 社 天 津 电 本 次 论 坛 共 有 1 5 0 0 余 名 嘉 宾 出 席 , 签 约 项 目 总 投 资 1 3 . 5 亿 元 。";
        AnalyzedArticle a = TestArticles.zh(spaced);
        assertFigure(a, "1500余名", 1500L, "person", "over");
        assertFigure(a, "13.5亿元", 1_350_000_000L, "CNY", "exact");
        assertEquals("1 5 0 0 余 名", figure(a, "1500余名").text());

        AnalyzedArticle broken = TestArticles.zh("签约项目总投资额达13.5亿\n元,带动就业约 800 人。");
        assertFigure(broken, "13.5亿元", 1_350_000_000L, "CNY", "exact");
        assertFigure(broken, "约800人", 800L, "person", "about");
    }

    @Test
    void spacesInsideChineseFiguresGoWhateverLanguageTheStoryWasTakenFor() {
        AnalyzedArticle a = TestArticles.of("共有约 500 名代表出席。", "und", null, null);
        assertFigure(a, "约500名", 500L, "person", "about");
    }

    @Test
    void twoNumbersSideBySideStayTwoNumbers() {
        AnalyzedArticle a = TestArticles.zh("年份 2024 1500名学员结业。");
        assertFigure(a, "1500名", 1500L, "person", "exact");
    }
}
