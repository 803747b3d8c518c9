package io.scofacts.core.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

    private static final ChineseNumerals NUMERALS = new ChineseNumerals(new QuantityLexicon());

    private static BigDecimal value(String run) {
        return NUMERALS.value(run, 0, run.length());
    }

    @ParameterizedTest
    @CsvSource({
        "三, 3", "十, 10", "十三, 13", "二十, 20", "一百五十, 150", "一百零五, 105", "三千, 3000",
        "两万, 20000", "十三亿, 1300000000", "一亿三千万, 130000000", "三万亿, 3000000000000",
        "五十万, 500000", "一千零二十五, 1025", "两万五, 25000", "一百五, 150", "三点五, 3.5",
        "一点五亿, 150000000", "十二点二, 12.2", "兩萬, 20000", "十三億, 1300000000", "三千萬, 30000000",
        "九千九百九十九亿九千九百九十九万九千九百九十九, 999999999999"
    })
    void readsChineseNumerals(String run, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(value(run)), run);
    }

    @ParameterizedTest
    @ValueSource(strings = {"十四五", "二〇二五", "三四", "百五", "千", "万", "亿元", "零", "十点三十", "二三十"})
    void rejectsWhatIsNoSingleNumber(String run) {
        assertNull(value(run), run);
    }
}
