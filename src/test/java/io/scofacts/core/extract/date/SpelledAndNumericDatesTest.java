package io.scofacts.core.extract.date;

import static io.scofacts.core.extract.date.DateAssertions.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scofacts.core.extract.TestArticles;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SpelledAndNumericDatesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2025, 7, 16);

    @Test
    void englishMonthDayYearInAllOrders() {
        assertEquals("July 10, 2025=2025-07-10/day; 10 July 2025=2025-07-10/day; 3rd of March=2025-03-03/day",
                summary(TestArticles.en("The forum opened on July 10, 2025. A British paper dated it 10 July 2025, "
                        + "a week after the 3rd of March talks.")));
    }

    @Test
    void englishAbbreviatedMonthsAndMonthYear() {
        assertEquals("Jul. 10=2025-07-10/day/relative; Sept. 2024=2024-09-01/month; June=2025-06-01/month/relative",
                summary(TestArticles.of("Talks resumed Jul. 10 after a pause since Sept. 2024 and a draft in June.", "en", null,
                        PUBLISHED)));
    }

    @Test
    void englishYearAfterAPreposition() {
        assertEquals("2019=2019-01-01/year; July=2025-07-01/month/relative",
                summary(TestArticles.of("The centre has trained engineers since 2019 and will expand by mid-July.", "en", null,
                        PUBLISHED)));
    }

    @Test
    void englishModalMayAndBareNumbersAreNotDates() {
        assertEquals("", summary(TestArticles.of("Exports may rise 12 percent as 2025 units ship; the march of progress "
                + "continues with 10 June-like peaks", "en", null, null)));
    }

    @Test
    void russianDayMonthYear() {
        assertEquals("10 июля 2025 года=2025-07-10/day; июле 2025 года=2025-07-01/month; 2024 году=2024-01-01/year",
                summary(TestArticles.ru("Форум открылся 10 июля 2025 года. В июле 2025 года подписаны соглашения, "
                        + "подготовленные в 2024 году.")));
    }

    @Test
    void russianYearlessDateUsesThePublicationYear() {
        assertEquals("15 июля=2025-07-15/day/relative; июне=2025-06-01/month/relative",
                summary(TestArticles.of("Делегация прибыла 15 июля, переговоры начались в июне.", "ru", null, PUBLISHED)));
    }

    @Test
    void isoSlashAndDottedYearFirstDates() {
        assertEquals("2025-07-16=2025-07-16/day; 2025/7/16=2025-07-16/day; 2025.07.16=2025-07-16/day",
                summary(TestArticles.zh("报告编号见附件,日期2025-07-16,另见2025/7/16和2025.07.16的记录。")));
    }

    @Test
    void dottedDayFirstInEveryLanguage() {
        assertEquals("10.07.2025=2025-07-10/day", summary(TestArticles.ru("Документ подписан 10.07.2025 в Москве.")));
        assertEquals("10.07.2025=2025-07-10/day", summary(TestArticles.en("The memo is dated 10.07.2025.")));
    }

    @Test
    void slashedDatesAreMonthFirstInEnglishOnly() {
        assertEquals("7/10/2025=2025-07-10/day", summary(TestArticles.en("The memo is dated 7/10/2025.")));
        assertEquals("7/10/2025=2025-10-07/day", summary(TestArticles.ru("Меморандум датирован 7/10/2025.")));
        assertEquals("16/07/2025=2025-07-16/day", summary(TestArticles.en("The memo is dated 16/07/2025.")));
    }

    @Test
    void phoneNumbersIdsAndVersionsAreNotDates() {
        assertEquals("", summary(TestArticles.en("Call 010-6512-3456 or +7 495 2025 0716; build 1.10.2025.3; id 12025-07-16.")));
    }
}
