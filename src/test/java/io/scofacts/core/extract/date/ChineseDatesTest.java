package io.scofacts.core.extract.date;

import static io.scofacts.core.extract.date.DateAssertions.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scofacts.core.extract.TestArticles;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChineseDatesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2025, 7, 16);

    @Test
    void fullDatesInArabicAndChineseNumerals() {
        assertEquals("2025年7月10日=2025-07-10/day; 二〇二五年七月十日=2025-07-10/day",
                summary(TestArticles.zh("中哈数字合作论坛于2025年7月10日在阿拉木图开幕,签约仪式定于二〇二五年七月十日举行。")));
    }

    @Test
    void monthAndYearPrecision() {
        assertEquals("2025年7月=2025-07-01/month; 2024年=2024-01-01/year",
                summary(TestArticles.zh("该平台于2025年7月上线,较2024年的规划提前完成。")));
    }

    @Test
    void traditionalScriptAndTwoDigitChineseNumerals() {
        assertEquals("二〇二四年十二月三十一日=2024-12-31/day; 2025年3月份=2025-03-01/month",
                summary(TestArticles.zhHant("雙方於二〇二四年十二月三十一日簽署協議,首批項目將在2025年3月份動工。")));
    }

    @Test
    void spacedOutNewspaperText() {
        assertEquals("2 0 2 5 年 7 月 1 0 日=2025-07-10/day",
                summary(TestArticles.zh("新 华 社 天 津 2 0 2 5 年 7 月 1 0 日 电")));
    }

    @Test
    void datelineWithoutYearTakesThePublicationYear() {
        assertEquals("9月2日=2024-09-02/day/relative; 今天=2024-09-03/day/relative",
                summary(TestArticles.of("新华社北京9月2日电(记者 王晓东)上合组织数字经济合作中心今天揭牌。", "zh", "Hans",
                        LocalDate.of(2024, 9, 3))));
    }

    @Test
    void yearlessDateTakesTheNearestYearAroundPublication() {
        assertEquals("12月28日=2024-12-28/day/relative",
                summary(TestArticles.of("中吉乌铁路项目12月28日完成阶段验收。", "zh", "Hans", LocalDate.of(2025, 1, 5))));
        assertEquals("1月5日=2026-01-05/day/relative",
                summary(TestArticles.of("第二届论坛将于1月5日在塔什干召开。", "zh", "Hans", LocalDate.of(2025, 12, 20))));
    }

    @Test
    void yearlessDateTakesTheYearOfAnEarlierDateWhenPublicationIsUnknown() {
        assertEquals("2025年7月10日=2025-07-10/day; 7月11日=2025-07-11/day",
                summary(TestArticles.zh("2025年7月10日,论坛在天津开幕。\n7月11日,与会代表参观了智慧港口。")));
    }

    @Test
    void rangeInOneSentenceKeepsItsYearAcrossNewYear() {
        assertEquals("2024年12月30日=2024-12-30/day; 1月2日=2025-01-02/day",
                summary(TestArticles.of("培训班于2024年12月30日至1月2日举办。", "zh", "Hans", LocalDate.of(2025, 7, 16))));
    }

    @Test
    void rangeEndDayTakesTheMonthOfItsStart() {
        assertEquals("2025年7月10日=2025-07-10/day; 12日=2025-07-12/day",
                summary(TestArticles.zh("展会于2025年7月10日至12日在天津梅江会展中心举行。")));
    }

    @Test
    void yearlessDateWithNothingToResolveAgainstIsSkipped() {
        assertEquals("", summary(TestArticles.zh("7月19日,第三赛段比赛将在上海打响。")));
    }

    @Test
    void bareDayInXinhuaDatelineIsADayOfThePublicationMonth() {
        assertEquals("10日=2025-07-10/day/relative; 10日=2025-07-10/day/relative", summary(TestArticles.of(
                "新华社天津10日电 记者从国家数据局获悉,10日上午,论坛发布了合作案例集。", "zh", "Hans", PUBLISHED)));
        assertEquals("28日=2025-06-28/day/relative",
                summary(TestArticles.of("新华社北京28日电 会议闭幕。", "zh", "Hans", LocalDate.of(2025, 7, 2))));
    }

    @Test
    void impossibleCalendarDatesAreNotDates() {
        assertEquals("", summary(TestArticles.zh("系统把2025年2月30日和2025年13月5日标为错误数据。")));
    }

    @Test
    void durationsQuantitiesAndClockTimesAreNotDates() {
        assertEquals("", summary(TestArticles.of(
                "项目建设周期3年,试运行5个月,每月培训120人次,平台已有近2000年历史文物数据,15:30开始直播,热线400-8123-456。",
                "zh", "Hans", PUBLISHED)));
    }

    @Test
    void lengthsOfTimeAndYearsOutsideTheNewsRangeAreNotDates() {
        assertEquals("", summary(TestArticles.zh("这座古城已有3000年历史,1800年的地图仍保存完好。")));
        assertEquals("", summary(TestArticles.zh("丝绸之路已有2000年历史,商贸往来延续2000年之久。")));
    }
}
