package io.scofacts.core.extract.date;

import static io.scofacts.core.extract.date.DateAssertions.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scofacts.core.extract.TestArticles;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RelativeDatesTest {

    /** A Wednesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 7, 16);

    private static String zh(String text) {
        return summary(TestArticles.of(text, "zh", "Hans", PUBLISHED));
    }

    @Test
    void chineseDayWords() {
        assertEquals("昨天=2025-07-15/day/relative; 今天=2025-07-16/day/relative; 明天=2025-07-17/day/relative",
                zh("论坛昨天开幕,今天发布案例集,明天闭幕。"));
        assertEquals("前天=2025-07-14/day/relative; 昨日=2025-07-15/day/relative", zh("代表团前天抵达,昨日参观了天津港。"));
    }

    @Test
    void chineseYearAndMonthWords() {
        assertEquals("今年6月=2025-06-01/month/relative; 去年3月10日=2024-03-10/day/relative; 明年=2026-01-01/year/relative",
                zh("今年6月发布的行动计划延续了去年3月10日签署的备忘录,明年将进入实施阶段。"));
        assertEquals("本月10日=2025-07-10/day/relative; 上月=2025-06-01/month/relative", zh("本月10日的签约额已超过上月。"));
    }

    @Test
    void chineseWeekdays() {
        assertEquals("上周二=2025-07-08/day/relative; 本周五=2025-07-18/day/relative; 周一=2025-07-14/day/relative",
                zh("上周二举行的预备会确定,本周五召开全体会议;周一,各国代表陆续抵达。"));
    }

    @Test
    void traditionalWeekdayAndMonthWords() {
        assertEquals("上週三=2025-07-09/day/relative; 上個月=2025-06-01/month/relative",
                summary(TestArticles.of("雙方上週三會談時回顧了上個月的合作成果。", "zh", "Hant", PUBLISHED)));
    }

    @Test
    void repeatedOrRangedWeekdaysAndWeekCountsAreNotDates() {
        assertEquals("", zh("服务热线周一至周五开放,每周二更新数据,为期一周一次的培训照常进行。"));
    }

    @Test
    void todayMeaningNowadaysIsNotADate() {
        assertEquals("", zh("在数字化浪潮奔涌的今天,合作从未如此重要;时至今日,平台仍在运行。"));
    }

    @Test
    void relativeWordsInsideOtherWordsAreNotDates() {
        assertEquals("", zh("过去年代的档案已全部数字化。"));
    }

    @Test
    void vagueWordsNameNoDate() {
        assertEquals("", zh("峰会日前在西安举行,近日发布成果,近期还将召开研讨会。"));
    }

    @Test
    void relativeDatesAreSkippedWithoutAPublicationDate() {
        assertEquals("", summary(TestArticles.zh("论坛昨天开幕,今年6月发布的计划,上周二的会议。")));
        assertEquals("", summary(TestArticles.en("The forum opened yesterday and the deal was signed on Tuesday.")));
        assertEquals("", summary(TestArticles.ru("Форум открылся вчера, а соглашение подписали во вторник.")));
    }

    @Test
    void englishRelativeWords() {
        assertEquals("yesterday=2025-07-15/day/relative; Tuesday=2025-07-15/day/relative; "
                        + "last Friday=2025-07-11/day/relative; last year=2024-01-01/year/relative",
                summary(TestArticles.of("The forum opened yesterday. Ministers met on Tuesday, after talks last Friday "
                        + "that had stalled since last year.", "en", null, PUBLISHED)));
    }

    @Test
    void englishWeekdayOnThePublicationDayIsThatDay() {
        assertEquals("Wednesday=2025-07-16/day/relative",
                summary(TestArticles.of("The agreement was signed on Wednesday.", "en", null, PUBLISHED)));
    }

    @Test
    void englishWeekdayBeforeAStatedDateIsLeftToTheDate() {
        assertEquals("July 8=2025-07-08/day/relative",
                summary(TestArticles.of("The agreement was signed on Tuesday, July 8 in Tashkent.", "en", null, PUBLISHED)));
    }

    @Test
    void englishTodaysIsNotADate() {
        assertEquals("", summary(TestArticles.of("In today's digital economy, data moves fast.", "en", null, PUBLISHED)));
    }

    @Test
    void russianRelativeWords() {
        assertEquals("вчера=2025-07-15/day/relative; вторник=2025-07-15/day/relative; "
                        + "в прошлом году=2024-01-01/year/relative",
                summary(TestArticles.of("Форум открылся вчера, а во вторник министры обсудили проекты, начатые в прошлом году.",
                        "ru", null, PUBLISHED)));
        assertEquals("Сегодня=2025-07-16/day/relative",
                summary(TestArticles.of("Сегодня на сегодняшний день подписано соглашение.", "ru", null, PUBLISHED)));
    }
}
