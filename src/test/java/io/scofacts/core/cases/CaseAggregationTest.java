package io.scofacts.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaseAggregationTest {

    private static final String CASE = CaseIds.forProjectName("中哈跨境数据服务平台项目");

    @Test
    void theMostFrequentWrittenNameWinsAndOthersAreAliases() {
        List<CaseMention> mentions = List.of(
                new CaseMention(CASE, "a-2", "中哈跨境数据服务平台项目", List.of("KZ", "CN"), "B", "2026-06-02"),
                new CaseMention(CASE, "a-1", "“中哈跨境数据服务平台”项目", List.of("CN"), "A", "2026-03-18"),
                new CaseMention(CASE, "a-3", "中哈跨境数据服务平台项目", List.of("KZ"), null, null));
        CaseSummary summary = CaseAggregation.summary(CASE, mentions);
        assertEquals("中哈跨境数据服务平台项目", summary.name());
        assertEquals(List.of("“中哈跨境数据服务平台”项目"), summary.aliases());
        assertEquals(List.of("CN", "KZ"), summary.countries());
        assertEquals(List.of("a-1", "a-2", "a-3"), summary.sources().stream().map(CaseSummary.CaseSource::articleId).toList());
        assertEquals(3, CaseAggregation.overview(CASE, mentions).articleCount());
    }

    @Test
    void aCaseNobodyNamesHasNoOverview() {
        assertNull(CaseAggregation.overview(CASE, List.of()));
        assertNull(CaseAggregation.summary(CASE, List.of()));
    }

    @Test
    void caseIdsIgnoreHowTheNameIsWritten() {
        assertEquals(CASE, CaseIds.forProjectName("“中哈跨境数据服务平台项目”"));
        assertEquals(CaseIds.forProjectName("TAMOS Platform Project"), CaseIds.forProjectName("tamos platform project"));
    }
}
