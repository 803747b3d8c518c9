package io.scofacts.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.factsheet.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DossierSummariesTest {

    private static final String CASE = "c-0123456789abcdef01234567";

    private static CaseMention mention(String articleId, String date, String name, String category, Figure... figures) {
        ArticleCredit credit = new ArticleCredit(articleId, "标题" + articleId, "本报", date, "zh");
        SourceSentence sentence = new SourceSentence(new Span(0, 20), name + "进展顺利，" + articleId + "。");
        return new CaseMention(CASE, articleId, name, "countries UZ; concepts ecommerce", List.of("CN", "UZ"),
                List.of(), category, credit, List.of(sentence), List.of(figures),
                List.of(new TimelineEntry(date, TimelineEntry.PUBLISHED, "标题" + articleId, articleId)), List.of());
    }

    private static Figure investment(long value) {
        return new Figure("CNY:investment", value, "CNY", "exact", "总投资", value + "元", new Span(5, 10));
    }

    @Test
    void differentValuesOfOneMeasureFromDifferentSourcesAreAConflictWithBothSources() {
        CaseSummary summary = DossierSummaries.ofCase(CASE, List.of(
                mention("a-2", "2026-05-01", "乌兹别克斯坦电商项目", null, investment(300_000_000L)),
                mention("a-1", "2026-03-01", "中乌电商项目", null, investment(500_000_000L)),
                mention("a-3", "2026-06-01", "中乌电商项目", null, investment(500_400_000L))));
        assertEquals(1, summary.conflicts().size());
        Conflict conflict = summary.conflicts().get(0);
        assertEquals("CNY:investment", conflict.measure());
        assertEquals(List.of(500_000_000L, 300_000_000L), conflict.claims().stream().map(Conflict.Claim::value).toList());
        assertEquals(List.of("a-1", "a-3"), conflict.claims().get(0).sources().stream().map(Citation::articleId).toList(),
                "a value within 0.5 % is the same claim");
        assertEquals("中乌电商项目", summary.name());
        assertEquals(List.of("乌兹别克斯坦电商项目"), summary.aliases());
        assertEquals(List.of("a-1", "a-2", "a-3"), summary.sources().stream().map(Source::articleId).toList());
    }

    @Test
    void oneSourceGivingTwoValuesAndSourcesAgreeingAreNoConflict() {
        CaseSummary agreeing = DossierSummaries.ofCase(CASE, List.of(
                mention("a-1", "2026-03-01", "中乌电商项目", null, investment(500_000_000L)),
                mention("a-2", "2026-04-01", "中乌电商项目", null, investment(500_000_000L))));
        assertTrue(agreeing.conflicts().isEmpty());
        CaseSummary oneSource = DossierSummaries.ofCase(CASE, List.of(
                mention("a-1", "2026-03-01", "中乌电商项目", null, investment(500_000_000L), investment(200_000_000L))));
        assertTrue(oneSource.conflicts().isEmpty());
    }

    @Test
    void categoriesThatDifferAreShownAndTheMostGivenWins() {
        CaseSummary summary = DossierSummaries.ofCase(CASE, List.of(
                mention("a-1", "2026-03-01", "中乌电商项目", "服务民生"),
                mention("a-2", "2026-04-01", "中乌电商项目", "产业数字化转型"),
                mention("a-3", "2026-05-01", "中乌电商项目", "产业数字化转型")));
        assertEquals("产业数字化转型", summary.category());
        assertEquals(List.of("category"), summary.conflicts().stream().map(Conflict::field).toList());
    }

    @Test
    void theSummaryQuotesSourcesOnceEachInDateOrderAndTheTimelineIsSorted() {
        CaseSummary summary = DossierSummaries.ofCase(CASE, List.of(
                mention("a-2", "2026-05-01", "中乌电商项目", null),
                mention("a-1", "2026-03-01", "中乌电商项目", null)));
        assertEquals(List.of("a-1", "a-2"), summary.summarySentences().stream().map(SummarySentence::articleId).toList());
        assertEquals(List.of("2026-03-01", "2026-05-01"), summary.timeline().stream().map(TimelineEntry::date).toList());
        assertTrue(summary.summary().startsWith("中乌电商项目进展顺利，a-1。"), summary.summary());
    }

    @Test
    void aTallyGivesBackWhatWasTakenAway() {
        Map<String, List<String>> first = CaseOverview.contribution(mention("a-1", "2026-03-01", "中乌电商项目", "服务民生"));
        Map<String, List<String>> second = CaseOverview.contribution(mention("a-2", "2026-03-02", "中乌电商平台", null));
        Tally both = Tally.EMPTY.plus(first).plus(second);
        assertEquals(2, both.articles());
        assertEquals(Tally.EMPTY.plus(second), both.minus(first));
        assertNull(CaseOverview.of(CASE, both.minus(first).minus(second)));
        assertEquals(Tally.EMPTY, both.minus(first).minus(second));
    }

    @Test
    void nothingNamedIsNoSummary() {
        assertNull(DossierSummaries.ofCase(CASE, List.of()));
        assertNull(DossierSummaries.ofEvent("e-0123456789abcdef01234567", List.of()));
    }
}
