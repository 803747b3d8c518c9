package io.scofacts.core.extract.project;

import static io.scofacts.core.extract.project.ProjectRecognizerTest.names;
import static io.scofacts.core.extract.project.ProjectRecognizerTest.projects;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.OrganizationMention;
import io.scofacts.core.extract.ProjectMention;
import io.scofacts.core.extract.TestArticles;
import io.scofacts.core.factsheet.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A project named twice in one story is one project; links between countries are named by them. */
class OneProjectOneNameTest {

    @Test
    void aDescriptionBeforeADoubleDashIsNoNameOfItsOwn() {
        List<ProjectMention> found = projects(TestArticles.zh(
                "两校共建的西北地区首家数字工坊——哈萨克斯坦天山工坊已正式投入使用。"));
        assertEquals(List.of("哈萨克斯坦天山工坊"), names(found));
    }

    @Test
    void aDefinedShortFormNamesTheProjectAndItsLongForm() {
        List<ProjectMention> found = projects(TestArticles.zh(
                "中国和塔吉克斯坦首个跨境数据中转项目(下称“中塔数据中转项目”)今天启动。中塔数据中转项目总投资约3亿元。"));
        assertEquals(List.of("中塔数据中转项目", "中塔数据中转项目"), names(found));
    }

    @Test
    void aNameWithoutItsHeadNounIsTheSameProject() {
        List<ProjectMention> found = projects(TestArticles.zh(
                "中哈跨境光缆项目建成开通。中哈跨境光缆全长500千米。"));
        assertEquals(List.of("中哈跨境光缆项目", "中哈跨境光缆项目"), names(found));
    }

    @Test
    void aRailwayNamedByTheCountriesItJoinsIsAProject() {
        assertEquals(List.of("中塔吉铁路"), names(projects(TestArticles.zh("双方同意加快推进中塔吉铁路建设。"))));
        assertEquals(List.of("China-Tajikistan-Kyrgyzstan fiber-optic cable"), names(projects(TestArticles.en(
                "The region has invested in projects like the China-Tajikistan-Kyrgyzstan fiber-optic cable, which cut delays."))));
    }

    @Test
    void aQuotedListBeforeProjectsNamesKindsNotAProject() {
        assertEquals(List.of(), names(projects(TestArticles.en(
                "Officials praised \"smart farm, smart port and smart school\" projects in the region."))));
    }

    @Test
    void aVerbBeforeTheCountryOpeningTheNameIsNoPartOfIt() {
        assertEquals(List.of("哈萨克斯坦天山工坊"), names(projects(TestArticles.zh("学员走进哈萨克斯坦天山工坊的实训区。"))));
    }

    @Test
    void aNameStartingInsideTheWordBeforeItIsAFragment() {
        assertEquals(List.of(), names(projects(TestArticles.zh("会议要求推动项目按计划开工建设。"))));
    }

    @Test
    void placesJoinedBySpacedDashesNameALinkInEnglishAndRussian() {
        assertEquals(List.of("China — Tajikistan — Kyrgyzstan railway"), names(projects(TestArticles.en(
                "Leaders discussed the construction of the China — Tajikistan — Kyrgyzstan railway."))));
        assertEquals(List.of("железной дороги Китай — Таджикистан — Кыргызстан"), names(projects(TestArticles.ru(
                "Стороны обсудили строительство железной дороги Китай — Таджикистан — Кыргызстан."))));
    }

    @Test
    void anActionOpeningTheSentenceIsNoPartOfTheName() {
        assertEquals(List.of("China-Tajikistan-Kyrgyzstan railway"), names(projects(TestArticles.en(
                "Construction of China-Tajikistan-Kyrgyzstan railway begins next year."))));
    }

    @Test
    void aProjectNamedByTheBrandOfACompanyInTheStory() {
        Findings findings = new Findings();
        AnalyzedArticle article = TestArticles.zh("其中,远航卫星项目由远航科技集团投资兴建。未来,远航卫星计划发射40颗卫星。");
        int at = article.original().indexOf("远航科技集团");
        findings.addOrganization(new OrganizationMention("远航科技集团", null, new Span(at, at + "远航科技集团".length())));
        assertEquals(List.of("远航卫星项目"), names(projects(article, findings)));
    }

    @Test
    void theItemsOfAListClosedByProjectsAreProjects() {
        List<ProjectMention> found = projects(TestArticles.zh("两国将推进中塔跨境光缆、中俄国际数据通道等重点项目建设。"));
        assertEquals(List.of("中塔跨境光缆", "中俄国际数据通道"), names(found));
        assertEquals(List.of(), names(projects(TestArticles.zh("他们参观了学校、医院等项目。"))));
    }
}
