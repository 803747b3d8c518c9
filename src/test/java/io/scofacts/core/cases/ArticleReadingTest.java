package io.scofacts.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.extract.ArticleInput;
import io.scofacts.core.extract.Extractor;
import io.scofacts.core.extract.country.CountryRecognizer;
import io.scofacts.core.factsheet.FactSheet;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How one article's cases, events and figures are read, on sentences written for this test
 * and the real extractor: what a figure measures by where it stands, the parts of an event,
 * cooperation bodies that are not projects, and names read alike across wordings.
 */
class ArticleReadingTest {

    private static final CountryRecognizer COUNTRIES = new CountryRecognizer();
    private static final Extractor EXTRACTOR = Extractor.standard(COUNTRIES);
    private static final NameSignatures SIGNATURES = new NameSignatures(COUNTRIES);
    private static final DossierReader READER = new DossierReader(SIGNATURES);

    private static ArticleDossiers read(String title, String text, String publishedOn) {
        FactSheet sheet = EXTRACTOR.extract(new ArticleInput("a-0123456789abcdef01234567", text, title, null,
                publishedOn == null ? null : LocalDate.parse(publishedOn), null));
        return READER.read(sheet, text);
    }

    private static EventMention event(ArticleDossiers dossiers, String nameContains) {
        return dossiers.events().values().stream().filter(e -> e.name().contains(nameContains)).findFirst().orElse(null);
    }

    private static CaseMention caseNamed(ArticleDossiers dossiers, String nameContains) {
        return dossiers.cases().values().stream().filter(c -> c.name().contains(nameContains)
                || c.otherNames().stream().anyMatch(n -> n.contains(nameContains))).findFirst().orElse(null);
    }

    private static List<String> figures(List<Figure> figures) {
        return figures.stream().map(f -> f.text() + "=" + f.measure()).toList();
    }

    @Test
    void anArticleAboutAnEventGivesItsAttendanceAndItsSigningSessionWhatWasSignedThere() {
        String text = "2026中亚数字丝路论坛在西安开幕\n"
                + "本报西安9月3日电 2026中亚数字丝路论坛3日在西安开幕。来自十余个国家的900余名嘉宾齐聚一堂。"
                + "论坛首日，在数字项目签约会上，18个项目集中签约，总投资额达9.6亿元。"
                + "主论坛上，各国代表围绕数据流通展开讨论。另据统计，西安今年数字经济营收增长8%。";
        ArticleDossiers dossiers = read("2026中亚数字丝路论坛在西安开幕", text, "2026-09-04");
        EventMention forum = event(dossiers, "数字丝路论坛");
        assertNotNull(forum, dossiers.events().keySet().toString());
        assertEquals(List.of("900余名=attendance:person"), figures(forum.figures()), "attendance without the name repeated");
        EventMention signing = event(dossiers, "签约会");
        assertNotNull(signing);
        assertEquals(forum.eventId(), signing.parent().eventId());
        assertEquals(List.of("18个=projects_signed:project", "9.6亿元=investment:CNY"), figures(signing.figures()));
        EventMention plenary = event(dossiers, "主论坛");
        assertNotNull(plenary, "a part named by its kind alone is a part of the main event");
        assertTrue(forum.subEvents().stream().anyMatch(s -> s.eventId().equals(plenary.eventId())));
        assertTrue(dossiers.events().values().stream().noneMatch(e -> e.figures().stream().anyMatch(f -> f.text().equals("8%"))),
                "a figure of the city is no event's");
    }

    @Test
    void aFigureBelongsToWhatItsSentenceIsAboutNotToTheLastNameBeforeIt() {
        String text = "中国—上合组织智慧农业合作中心的设立是重要成果。中心自启用以来，推动各国交流："
                + "举办6期“丝路农夫”农业技术培训，为成员国30多个机构累计培训学员900余人次。"
                + "在哈萨克斯坦，中企承建的数字政务平台覆盖多个州，助力当地办事时间缩短35%。";
        ArticleDossiers dossiers = read(null, text, "2026-03-02");
        CaseMention centre = caseNamed(dossiers, "智慧农业合作中心");
        CaseMention training = caseNamed(dossiers, "农业技术培训");
        CaseMention network = caseNamed(dossiers, "数字政务平台");
        assertNotNull(centre, dossiers.cases().values().stream().map(CaseMention::name).toList().toString());
        assertNotNull(training);
        assertNotNull(network);
        assertTrue(figures(centre.figures()).contains("900余人次=trainees:person"), figures(centre.figures()).toString());
        assertTrue(figures(training.figures()).stream().anyMatch(f -> f.startsWith("6期")), "a count before a name is that name's");
        assertTrue(figures(network.figures()).stream().anyMatch(f -> f.startsWith("35%")));
        assertTrue(network.name().startsWith("中企承建的"), "a generic body keeps who builds it in its name");
    }

    @Test
    void aPossessiveIsNotAReferenceBack() {
        String text = "A flagship project is the China-SCO Smart Agriculture Cooperation Center.\n"
                + "As of May, the center's branch in Osh had trained more than 400 farmers.";
        ArticleDossiers dossiers = read(null, text, "2026-06-01");
        CaseMention centre = caseNamed(dossiers, "Cooperation Center");
        assertNotNull(centre);
        assertEquals(List.of(), centre.figures(), "the branch's figure is not the centre's");
    }

    @Test
    void bodiesNamedByWhoBuildsThemAndAShortFormTheStoryDefinesAreOneCaseEach() {
        String text = "中国和塔吉克斯坦首条跨境光缆项目(下称“中塔跨境光缆项目”)日前建成。"
                + "中塔跨境光缆项目全长410千米。中塔经济走廊框架下，双方还将扩大合作。";
        ArticleDossiers dossiers = read(null, text, "2026-07-01");
        CaseMention cable = caseNamed(dossiers, "跨境光缆");
        assertNotNull(cable);
        assertEquals(1, dossiers.cases().values().stream().filter(c -> c.name().contains("光缆")).count());
        assertTrue(figures(cable.figures()).stream().anyMatch(f -> f.startsWith("410千米")));
        assertNotNull(caseNamed(dossiers, "中塔经济走廊"), "a corridor named by its countries");
    }

    @Test
    void anEventMentionedInPassingDoesNotTakeTheDatelineOfTheStory() {
        String text = "本报塔什干10月9日电 第三届中乌数字经济论坛9日在塔什干举行。"
                + "去年举办的中乌跨境电商大会推动了多项合作。";
        ArticleDossiers dossiers = read("第三届中乌数字经济论坛在塔什干举行", text, "2026-10-10");
        EventMention forum = event(dossiers, "数字经济论坛");
        assertNotNull(forum);
        EventMention earlier = event(dossiers, "跨境电商大会");
        if (earlier != null) {
            assertFalse("2026-10-09".equals(earlier.date()), "not the dateline's date");
            assertNull(earlier.place());
        }
    }

    @Test
    void eventNamesReadAlikeAcrossRubricsVerbsBracketsAndLanguages() {
        String key = SIGNATURES.ofEvent(NameCleaning.clean("新华时评丨2026上合组织数字经济论坛"), null).key();
        assertEquals(key, SIGNATURES.ofEvent(NameCleaning.clean("举办2026上合组织数字经济论坛"), null).key());
        assertEquals(key, SIGNATURES.ofEvent(NameCleaning.clean("《2026上合组织数字经济论坛》"), null).key());
        assertEquals(key, SIGNATURES.ofEvent(NameCleaning.clean("Digital Economy Forum"), "2026").key(),
                "the organisation's name lost, the year from the article");
        assertEquals(key, SIGNATURES.ofEvent("Форум ШОС по цифровой\nэкономике", "2026").key());
        assertEquals(SIGNATURES.ofEvent("第四次上合组织成员国信息通信技术发展部门负责人会议", "2026").key(),
                SIGNATURES.ofEvent("IV совещание руководителей министерств государств-членов ШОС по информационно-коммуникационным технологиям",
                        "2026").key());
    }
}
