package io.scofacts.core.extract.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.ProjectMention;
import io.scofacts.core.extract.TestArticles;
import io.scofacts.core.extract.country.CountryRecognizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectRecognizerTest {

    private static final CountryRecognizer COUNTRIES = new CountryRecognizer();
    private static final ProjectRecognizer PROJECTS = new ProjectRecognizer();

    private static List<ProjectMention> projects(AnalyzedArticle article) {
        Findings findings = new Findings();
        COUNTRIES.recognize(article, findings);
        PROJECTS.recognize(article, findings);
        return findings.projects();
    }

    @Test
    void namesEndingInAProjectNounWithACountryOrLatinName() {
        String text = "签约仪式上,天津一家企业与塔什干合作伙伴共同推进的TAMOS跨境仓储项目正式落地,"
                + "乌兹别克斯坦智慧灌溉示范项目同期启动。";
        List<ProjectMention> found = projects(TestArticles.zh(text));
        assertEquals(List.of("TAMOS跨境仓储项目", "乌兹别克斯坦智慧灌溉示范项目"), found.stream().map(ProjectMention::name).toList());
        assertEquals(List.of("UZ"), found.get(1).countries());
        for (ProjectMention project : found) {
            assertEquals(project.name(), text.substring(project.span().start(), project.span().end()));
        }
    }

    @Test
    void bilateralFormsGiveBothCountries() {
        List<ProjectMention> found = projects(TestArticles.zh("中哈跨境数据服务平台项目在阿拉木图启动。"));
        assertEquals("中哈跨境数据服务平台项目", found.get(0).name());
        assertEquals(List.of("CN", "KZ"), found.get(0).countries());
    }

    @Test
    void aBylineBracketBeforeTheNameIsNotPartOfIt() {
        List<ProjectMention> found = projects(TestArticles.zh(
                "新华社5月20日电(记者 陈思远)中乌电商物流平台项目19日启动,联想集团创新产业园(天津)项目同期签约。"));
        assertEquals(List.of("中乌电商物流平台项目"), found.stream().map(ProjectMention::name).toList());
    }

    @Test
    void genericProjectPhrasesAreNoNames() {
        String text = "大会当天有35个项目完成签约,涵盖算力设施等领域,这些合作项目将带动重点工程建设。";
        assertTrue(projects(TestArticles.zh(text)).isEmpty());
    }

    @Test
    void englishCapitalisedProjectNames() {
        List<ProjectMention> found = projects(TestArticles.en(
                "The Digital Silk Road Training Project has trained 2,400 officials, while the project office grew."));
        assertEquals(List.of("Digital Silk Road Training Project"), found.stream().map(ProjectMention::name).toList());
    }
}
