package io.scofacts.core.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scofacts.core.extract.WholeExtractor;
import io.scofacts.core.factsheet.EventFact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One event written several ways in one story is one event; a series' different occurrences are not. */
class OneEventManyNamesTest {

    @Test
    void aBracketedShortFormAndAMissingYearNameTheSameSummit() {
        List<String> events = names("2026年上海合作组织（上合组织）峰会将于6月在比什凯克举行。"
                + "吉方表示，上合组织峰会期间将签署多项数字经济合作文件。与会各方期待上海合作组织峰会取得成果。");
        assertEquals(1, events.size(), events.toString());
    }

    @Test
    void differentYearsAreDifferentSummits() {
        List<String> events = names("2024年上海合作组织峰会在阿斯塔纳举行，2025年上海合作组织峰会在天津举行。");
        assertEquals(2, events.size(), events.toString());
    }

    @Test
    void theFirstAndTheSecondOfASeriesStayApart() {
        List<String> events = names("各方高度评价在西安举行的首届中国—中亚峰会成果。"
                + "6月17日，第二届中国—中亚峰会在阿斯塔纳举行。");
        assertEquals(2, events.size(), events.toString());
    }

    @Test
    void anEnglishNameWithAndWithoutItsYear() {
        List<String> events = names("The 2026 SCO Digital Economy Forum opened in Bishkek on Monday. "
                + "More than 800 guests attended the SCO Digital Economy Forum, organisers said.");
        assertEquals(List.of("2026 SCO Digital Economy Forum"), events);
    }

    private static List<String> names(String text) {
        return WholeExtractor.sheet(text).events().stream().map(EventFact::name).toList();
    }
}
