package io.scofacts.core.extract.project;

import static io.scofacts.core.extract.project.ProjectRecognizerTest.names;
import static io.scofacts.core.extract.project.ProjectRecognizerTest.projects;
import static io.scofacts.core.extract.project.ProjectRecognizerTest.spanOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.OrganizationMention;
import io.scofacts.core.extract.TestArticles;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Phrases that look like project names and are not. */
class ProjectTrapsTest {

    private static void assertNone(String text) {
        assertEquals(List.of(), names(projects(TestArticles.zh(text))), text);
    }

    @Test
    void genericProjectPhrasesAreNoNames() {
        assertNone("大会当天有35个项目完成签约,涵盖算力设施等领域,这些合作项目将带动重点工程建设。");
        assertNone("该平台上线后,双方合作项目进展顺利,一批项目相继落地。");
        assertNone("各地加快建设数字平台,推动数据中心建设。");
    }

    @Test
    void aBuildingVerbRightBeforeTheHeadIsPartOfTheNameButNoNameAlone() {
        assertEquals(List.of("吉尔吉斯斯坦智慧口岸网络改造工程"),
                names(projects(TestArticles.zh("本报讯 吉尔吉斯斯坦智慧口岸网络改造工程日前正式开工。"))));
        assertEquals(List.of("哈萨克斯坦跨境物流体系建设项目"),
                names(projects(TestArticles.zh("会上，哈萨克斯坦跨境物流体系建设项目被列为重点推进项目。"))));
        assertNone("论坛期间签约项目21个，建设项目进展顺利。");
        assertNone("双方同意加快推进改造工程。");
    }

    @Test
    void aDescribedPlatformWithoutProjectEvidenceIsNoName() {
        assertNone("在塔吉克斯坦山区,中塔合作的远程医疗平台让牧民看上了专家门诊。");
    }

    @Test
    void aBaseThatSignsWithCompaniesIsAPartyNotAProject() {
        assertNone("吸引了众多企业。星河云(成都)智能算力基地与8家企业签署合作协议。");
    }

    @Test
    void aCountedKindOfThingIsNoName() {
        assertNone("中国已在中亚国家建成6个丝路学堂工坊,培训技术人员。");
    }

    @Test
    void aHeadNounThatModifiesTheNextWordIsNoNameEnd() {
        assertNone("论坛将推广“南水北调”工程经验,并吸引平台经济等领域企业入驻。");
        assertNone("中国—中亚绿色能源合作中心负责人讲解了有关进展。");
    }

    @Test
    void documentTitlesAndPlanningVerbsAreNoProjects() {
        assertNone("会议通过了《上合组织数字合作行动计划》。");
        assertNone("乌兹别克斯坦计划于明年建成新的数据中心。");
    }

    @Test
    void aSummaryNounAfterAListIsNoNameOfItsOwn() {
        List<String> found = names(projects(TestArticles.zh(
                "塔吉克斯坦光伏灌溉项目、中哈电子口岸平台等一批民生项目获评。")));
        assertEquals(List.of("塔吉克斯坦光伏灌溉项目", "中哈电子口岸平台"), found);
    }

    @Test
    void aCentreTheOrganisationRecogniserFoundIsNoProject() {
        String text = "丝路数字创新中心揭牌,将服务两国企业。";
        assertEquals(List.of("丝路数字创新中心"), names(projects(TestArticles.zh(text))));
        Findings findings = new Findings();
        findings.addOrganization(new OrganizationMention("丝路数字创新中心", null, spanOf(text, "丝路数字创新中心")));
        assertTrue(projects(TestArticles.zh(text), findings).isEmpty());
    }

    @Test
    void aCategoryWordWithoutACaseListIsNoHeading() {
        assertNone("人类命运共同体理念深入人心,各类企业积极参与。");
        assertNone("包括绿色能源转型、农业技术推广等四大领域。");
    }

    @Test
    void aCountryAloneBeforeAHeadIsNoNameInEitherScript() {
        assertNone("乌兹别克斯坦计划建成更多数据中心。");
        assertEquals(List.of(), names(projects(TestArticles.zhHant("烏茲別克斯坦計劃建成更多平台。"))));
    }

    @Test
    void aListOfFieldsBeforeTypicalCasesIsNoListOfCases() {
        assertNone("会上发布了数字政务、智慧农业等典型案例。");
    }

    @Test
    void adversarialInputsFinishQuickly() {
        String[] units = {"中哈“平台项目、", "1234567890", "“”«»\"\"", "((((", "等8个案例入选、", "类:A、", "Digital Hub Project ",
            "проект «", "与X合作的", "产业数字化转型类:"};
        for (String unit : units) {
            String text = unit.repeat(500_000 / unit.length());
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> projects(TestArticles.zh(text)));
        }
    }
}
