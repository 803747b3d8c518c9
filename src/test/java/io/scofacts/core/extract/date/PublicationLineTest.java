package io.scofacts.core.extract.date;

import static io.scofacts.core.extract.date.DateAssertions.run;
import static io.scofacts.core.extract.date.DateAssertions.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.TestArticles;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicationLineTest {

    @Test
    void labelledLineSetsThePublicationDateAndResolvesRelativeDates() {
        Findings findings = run(TestArticles.zh("新闻中心\n时间:2025-07-16 15:34:35\n论坛昨天在天津闭幕,今年6月发布的计划进展顺利。"));
        assertEquals("2025-07-16", findings.publishedOn());
        assertEquals("昨天=2025-07-15/day/relative; 今年6月=2025-06-01/month/relative",
                summary(TestArticles.zh("新闻中心\n时间:2025-07-16 15:34:35\n论坛昨天在天津闭幕,今年6月发布的计划进展顺利。")));
    }

    @Test
    void chineseTraditionalEnglishAndRussianLabels() {
        assertEquals("2025-07-16", run(TestArticles.zh("发布时间:2025年7月16日\n正文……")).publishedOn());
        assertEquals("2025-07-16", run(TestArticles.zhHant("發佈時間:2025年7月16日\n正文……")).publishedOn());
        assertEquals("2025-07-16", run(TestArticles.en("Published: July 16, 2025\nThe forum …")).publishedOn());
        assertEquals("2025-07-16", run(TestArticles.ru("Опубликовано: 16.07.2025\nФорум …")).publishedOn());
    }

    @Test
    void timestampOpeningALineCountsAsThePublicationLine() {
        assertEquals("2025-07-16", run(TestArticles.zh("首页 > 新闻\n2025-07-16 09:12 来源:新华社\n正文")).publishedOn());
    }

    @Test
    void metadataDateWinsForRelativeDatesButTheLineIsStillReported() {
        Findings findings = run(TestArticles.of("时间:2025-07-16\n论坛昨天闭幕。", "zh", "Hans", LocalDate.of(2025, 7, 20)));
        assertEquals("2025-07-16", findings.publishedOn());
        assertEquals("2025-07-19", findings.dates().get(0).date());
    }

    @Test
    void aDateInTheStoryIsNotAPublicationLine() {
        Findings findings = run(TestArticles.zh("2025年7月10日,论坛在天津开幕。会议时间为两天。"));
        assertNull(findings.publishedOn());
        assertEquals(1, findings.dates().size());
    }

    @Test
    void aTimeStampLineStatesThePublicationDate() {
        assertEquals("2025-07-11", run(TestArticles.en(
                "Workshop opens in Almaty\n09:15, July 11, 2025 Silk Road Weekly\nThe workshop opened on Monday.")).publishedOn());
        assertEquals("2025-08-28", run(TestArticles.en(
                "Digital bridge links two cities\n2025-08-28\nThe bridge opened on Monday.")).publishedOn());
        assertEquals("2025-07-21", run(TestArticles.zh("Xi Bu Ri Bao·2025-07-21 00:36\n数字合作不断深化。")).publishedOn());
    }

    @Test
    void aDateInASentenceIsNoPublicationLine() {
        assertNull(run(TestArticles.en("The forum opened on July 11, 2025 in Almaty, officials said.\nIt lasted two days.")).publishedOn());
    }
}
