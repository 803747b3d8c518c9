package io.scofacts.core.extract.quantity;

import static io.scofacts.core.extract.quantity.QuantityTestSupport.assertFigure;
import static io.scofacts.core.extract.quantity.QuantityTestSupport.assertNone;
import static io.scofacts.core.extract.quantity.QuantityTestSupport.figure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.TestArticles;
import org.junit.jupiter.api.Test;

class QuantityRecognizerTraditionalTest {

    @Test
    void traditionalNumeralsMeasureWordsAndCurrencies() {
        AnalyzedArticle a = TestArticles.zhHant("本屆論壇吸引一千二百餘名嘉賓出席,簽約項目總投資額達38.6億元,"
                + "其中兩萬名學員受惠,另有約4500萬美元及800萬歐元投資。");
        assertFigure(a, "一千二百餘名", 1200L, "person", "over");
        assertFigure(a, "38.6億元", 3_860_000_000L, "CNY", "exact");
        assertFigure(a, "兩萬名", 20_000L, "person", "exact");
        assertFigure(a, "約4500萬美元", 45_000_000L, "USD", "about");
        assertFigure(a, "800萬歐元", 8_000_000L, "EUR", "exact");
        assertEquals("嘉賓", figure(a, "一千二百餘名").subject());
    }

    @Test
    void traditionalGenericMeasureWordsAndQualifiers() {
        AnalyzedArticle a = TestArticles.zhHant("會上發布25個合作項目、30餘項典型案例,共有超過60家企業及12個國家參與,"
                + "網路普及率提升至80%以上,培訓不足100人。");
        assertFigure(a, "25個", 25L, "project", "exact");
        assertFigure(a, "30餘項", 30L, "case", "over");
        assertFigure(a, "超過60家", 60L, "organization", "over");
        assertFigure(a, "12個", 12L, "country", "exact");
        assertFigure(a, "80%以上", 80L, "percent", "over");
        assertFigure(a, "不足100人", 100L, "person", "under");
    }

    @Test
    void traditionalDatesAndOrdinalsAreNoQuantities() {
        assertNone(TestArticles.zhHant("2025年7月10日,第三屆論壇在天津舉行,二〇二五年成果豐碩。"));
    }

    @Test
    void fullWidthDigitsAreRead() {
        AnalyzedArticle a = TestArticles.zhHant("會場共有１５００餘名嘉賓,投資總額１３．５億元。");
        assertFigure(a, "１５００餘名", 1500L, "person", "over");
        assertFigure(a, "１３．５億元", 1_350_000_000L, "CNY", "exact");
    }
}
