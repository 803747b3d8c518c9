package io.scofacts.core.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberReaderTest {

    private static final NumberReader READER = new NumberReader(new QuantityLexicon());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1500余名|1500|4", "1,500 guests|1500|5", "1,500,000 yuan|1500000|9", "12.2%|12.2|4",
        "13.5亿元|13.5|4", "2.9万名|2.9|3", "10,20 and 30|10|2"
    })
    void readsDigitsWithGroupsAndDecimals(String text, String value, int end) {
        NumberToken token = READER.readDigits(text, 0, false);
        assertEquals(0, new BigDecimal(value).compareTo(token.value()), text);
        assertEquals(end, token.end(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1,35 млрд|1.35|4", "1 500 человек|1500|5", "1\u00A0500 человек|1500|5", "20\u202F000 тенге|20000|6",
        "12,2 %|12.2|4", "2025 150 компаний|2025|4"
    })
    void readsRussianDecimalCommaAndSpaceGroups(String text, String value, int end) {
        NumberToken token = READER.readDigits(text, 0, true);
        assertEquals(0, new BigDecimal(value).compareTo(token.value()), text);
        assertEquals(end, token.end(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-07-16", "15:34:35", "400-8123-456", "1.2.3", "16.07.2025", "2024/25", "12345678901234567"})
    void skipsDatesTimesPhonesVersionsAndLongCodesWhole(String text) {
        NumberToken token = READER.readDigits(text, 0, false);
        assertFalse(token.measurable(), text);
        assertEquals(text.length(), token.end(), "the whole run is consumed: " + text);
    }

    @Test
    void readsChineseRunsAndStopsBeforeAUnitThatStartsWithANumeral() {
        NumberToken token = READER.readChinese("三千瓦的机组", 0);
        assertEquals(1, token.end());
        assertEquals(0, BigDecimal.valueOf(3).compareTo(token.value()));
        NumberToken thousands = READER.readChinese("三千多名", 0);
        assertEquals(2, thousands.end());
        assertEquals(0, BigDecimal.valueOf(3000).compareTo(thousands.value()));
    }

    @Test
    void readsCardinalWords() {
        String text = "twenty-five countries";
        NumberToken token = READER.readWord(text, 0, NumberReader.wordEnd(text, 0));
        assertEquals(0, BigDecimal.valueOf(25).compareTo(token.value()));
        assertEquals("twenty-five".length(), token.end());
        assertEquals(null, READER.readWord("twentieth", 0, 9));
    }

    @Test
    void convertsExactlyWithoutBinaryRounding() {
        BigDecimal yi = new BigDecimal("13.5").multiply(BigDecimal.valueOf(100_000_000L));
        assertEquals(1_350_000_000L, QuantityRecognizer.toNumber(yi));
        assertEquals(29_000L, QuantityRecognizer.toNumber(new BigDecimal("2.9").multiply(BigDecimal.valueOf(10_000L))));
        assertEquals(1_350_000_000L, QuantityRecognizer.toNumber(new BigDecimal("1.35").multiply(new BigDecimal("1000000000"))));
        assertEquals(128_700_000_000L, QuantityRecognizer.toNumber(new BigDecimal("1287").multiply(BigDecimal.valueOf(100_000_000L))));
        Number rate = QuantityRecognizer.toNumber(new BigDecimal("12.2"));
        assertInstanceOf(Double.class, rate);
        assertEquals(12.2, rate.doubleValue());
        assertTrue(QuantityRecognizer.toNumber(new BigDecimal("70.0")) instanceof Long);
    }
}
