package io.scofacts.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.extract.ArticleInput;
import io.scofacts.core.extract.Extractor;
import io.scofacts.core.extract.country.CountryRecognizer;
import io.scofacts.core.factsheet.FactSheet;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What one article says of its cases and events, read from the real extractor's FactSheet. */
class DossierReaderTest {

    private static final Extractor EXTRACTOR = Extractor.standard();
    private static final DossierReader READER = new DossierReader(new NameSignatures(new CountryRecognizer()));

    private static ArticleDossiers read(String text, String publishedOn) {
        FactSheet sheet = EXTRACTOR.extract(new ArticleInput("a-0123456789abcdef01234567", text, null, null,
                LocalDate.parse(publishedOn), null));
        return READER.read(sheet, text);
    }

    @Test
    void aSentenceReferringBackToTheProjectBringsItsFigures() {
        String text = "本报讯 双方当天签约中哈跨境物流枢纽项目。据介绍，该项目总投资8亿元。另据统计，全市今年接待游客300万人次。";
        CaseMention mention = read(text, "2026-04-01").cases().values().iterator().next();
        assertEquals("中哈跨境物流枢纽项目", mention.name());
        assertEquals(2, mention.sentences().size());
        assertEquals(List.of("investment:CNY"), mention.figures().stream().map(Figure::measure).toList());
        for (SourceSentence sentence : mention.sentences()) {
            assertEquals(sentence.text(), text.substring(sentence.span().start(), sentence.span().end()));
        }
        assertTrue(mention.timeline().stream().anyMatch(t -> t.kind().equals(TimelineEntry.PUBLISHED)));
    }

    @Test
    void anEventGetsItsOrganisersAttendanceAndWhatWasSignedThere() {
        String text = "本报讯 3月5日，2026中亚数字合作论坛于西安开幕。论坛由西安市人民政府主办，800余名嘉宾参加。"
                + "论坛期间，中塔远程医疗合作项目签约。";
        EventMention event = read(text, "2026-03-06").events().values().iterator().next();
        assertEquals("2026-03-05", event.date());
        assertEquals(List.of("西安市人民政府"), event.organisers());
        assertEquals(List.of("attendance:person"), event.figures().stream().map(Figure::measure).toList());
        assertEquals(List.of("中塔远程医疗合作项目"), event.projects());
    }

    @Test
    void twoProjectsOfOneCaseInOneArticleAreOneMention() {
        String text = "本报讯 双方签约中乌电商生态体系项目。会上还签约了乌兹别克斯坦电子商务体系优化项目。";
        assertEquals(1, read(text, "2026-04-01").cases().size());
    }
}
