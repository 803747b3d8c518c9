package io.scofacts.core.extract.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.OrganizationMention;
import io.scofacts.core.extract.PlaceMention;
import io.scofacts.core.extract.ProjectMention;
import io.scofacts.core.extract.TestArticles;
import io.scofacts.core.extract.country.CountryRecognizer;
import io.scofacts.core.factsheet.Span;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectRecognizerTest {

    private static final CountryRecognizer COUNTRIES = new CountryRecognizer();
    private static final ProjectRecognizer PROJECTS = new ProjectRecognizer();

    static List<ProjectMention> projects(AnalyzedArticle article) {
        return projects(article, new Findings());
    }

    /** Runs the country recogniser, then projects, on findings that may already hold places and organisations. */
    static List<ProjectMention> projects(AnalyzedArticle article, Findings findings) {
        COUNTRIES.recognize(article, findings);
        PROJECTS.recognize(article, findings);
        for (ProjectMention project : findings.projects()) {
            Span span = project.span();
            String written = article.original().substring(span.start(), span.end());
            String name = Normalizer.normalize(project.name(), Normalizer.Form.NFKC);
            // a mention is the name as written there, or one more name of a project the story names elsewhere
            assertTrue(name.equals(Normalizer.normalize(written, Normalizer.Form.NFKC))
                    || Normalizer.normalize(article.original(), Normalizer.Form.NFKC).contains(name),
                    "the span must hold the name, or the story must write it: " + name + " / " + written);
        }
        return findings.projects();
    }

    static List<String> names(List<ProjectMention> found) {
        return found.stream().map(ProjectMention::name).toList();
    }

    static Span spanOf(String text, String part) {
        int at = text.indexOf(part);
        return new Span(at, at + part.length());
    }

    @Test
    void namesEndingInAProjectNounWithACountryOrLatinName() {
        String text = "签约仪式上,天津一家企业与塔什干合作伙伴共同推进的TAMOS跨境仓储项目正式落地,"
                + "乌兹别克斯坦智慧灌溉示范项目同期启动。";
        List<ProjectMention> found = projects(TestArticles.zh(text));
        assertEquals(List.of("TAMOS跨境仓储项目", "乌兹别克斯坦智慧灌溉示范项目"), names(found));
        assertEquals(List.of("UZ"), found.get(1).countries());
    }

    @Test
    void bilateralFormsGiveBothCountries() {
        List<ProjectMention> found = projects(TestArticles.zh("中哈跨境数据服务平台项目在阿拉木图启动。"));
        assertEquals(List.of("中哈跨境数据服务平台项目"), names(found));
        assertEquals(List.of("CN", "KZ"), found.get(0).countries());
    }

    @Test
    void aBylineBracketBeforeTheNameIsNotPartOfItButAPlaceBracketAfterTheHeadIs() {
        List<ProjectMention> found = projects(TestArticles.zh(
                "新华社5月20日电(记者 陈思远)中乌电商物流平台项目19日启动,星海科技智慧产业园(成都)同期揭牌。"));
        assertEquals(List.of("中乌电商物流平台项目", "星海科技智慧产业园(成都)"), names(found));
    }

    @Test
    void aSignedProjectGetsItsPartiesAndTheCountriesOfItsSentence() {
        List<ProjectMention> found = projects(TestArticles.zh(
                "会上,天山数科与撒马尔罕数字谷有限公司签约SilkPay跨境支付项目,助力中乌贸易结算。"));
        assertEquals(List.of("SilkPay跨境支付项目"), names(found));
        assertEquals(List.of("天山数科", "撒马尔罕数字谷有限公司"), found.get(0).parties());
        assertEquals(List.of("CN", "UZ"), found.get(0).countries());
    }

    @Test
    void partiesComeFromTheOrganisationsFoundBeforeWhenThereAreAny() {
        String text = "例如,丝路云科技有限公司和哈萨克斯坦国家电信公司合作的KazCloud数据中心项目已投入运营。";
        Findings findings = new Findings();
        findings.addOrganization(new OrganizationMention("丝路云科技有限公司", "CN", spanOf(text, "丝路云科技有限公司")));
        findings.addOrganization(new OrganizationMention("哈萨克斯坦国家电信公司", "KZ", spanOf(text, "哈萨克斯坦国家电信公司")));
        List<ProjectMention> found = projects(TestArticles.zh(text), findings);
        assertEquals(List.of("KazCloud数据中心项目"), names(found));
        assertEquals(List.of("丝路云科技有限公司", "哈萨克斯坦国家电信公司"), found.get(0).parties());
        assertEquals(List.of("KZ"), found.get(0).countries());
    }

    @Test
    void aProjectDoneWithANamedPartnerTakesThePartnersCountry() {
        List<ProjectMention> found = projects(TestArticles.zh(
                "江苏企业与吉尔吉斯斯坦合作的智慧牧场监测项目在楚河州推进顺利。"));
        assertEquals(List.of("智慧牧场监测项目"), names(found));
        assertEquals(List.of("KG"), found.get(0).countries());
    }

    @Test
    void aPlatformWithAQuotedBrandThatGoesLive() {
        List<ProjectMention> found = projects(TestArticles.zh("随着“丝路云链”平台正式上线,两地企业可在线完成报关。"));
        assertEquals(List.of("“丝路云链”平台"), names(found));
    }

    @Test
    void aListOfBasesAfterAVerbAndAnEnumeratorAreAllProjectsBuiltInChina() {
        String text = "西安提出打造“一园一港”,即丝路数字产业园和西部跨境数据港,服务向西开放。";
        Findings findings = new Findings();
        findings.addPlace(new PlaceMention("西安", "CN", spanOf(text, "西安")));
        List<ProjectMention> found = projects(TestArticles.zh(text), findings);
        assertEquals(List.of("丝路数字产业园", "西部跨境数据港"), names(found));
        assertEquals(List.of("CN"), found.get(0).countries());
        assertEquals(List.of("CN"), found.get(1).countries());
    }

    @Test
    void namesListedAsCasesShareTheEvidenceOfTheList() {
        String text = "重庆果园港“数智口岸”码头、长安汽车塔什干数字工厂等标杆项目吸引了各国嘉宾参观。";
        Findings findings = new Findings();
        findings.addPlace(new PlaceMention("重庆", "CN", spanOf(text, "重庆")));
        List<ProjectMention> found = projects(TestArticles.zh(text), findings);
        assertEquals(List.of("重庆果园港“数智口岸”码头"), names(found));
        assertEquals(List.of("CN"), found.get(0).countries());
    }

    @Test
    void casesUnderAKnownCategoryHeadingTakeTheCategory() {
        List<ProjectMention> found = projects(TestArticles.zh(
                "产业数字化转型类:中乌智慧棉花种植项目、吉尔吉斯斯坦数字海关系统。"));
        assertEquals(List.of("中乌智慧棉花种植项目", "吉尔吉斯斯坦数字海关系统"), names(found));
        assertEquals("产业数字化转型", found.get(0).category());
        assertEquals("产业数字化转型", found.get(1).category());
        assertEquals(List.of("KG"), found.get(1).countries());
    }

    @Test
    void aCaseSelectedInAQuotedCategory() {
        String text = "在“数字基础设施”类别中,塔什干数据中心二期工程入选。";
        Findings findings = new Findings();
        findings.addPlace(new PlaceMention("塔什干", "UZ", spanOf(text, "塔什干")));
        List<ProjectMention> found = projects(TestArticles.zh(text), findings);
        assertEquals(List.of("塔什干数据中心二期工程"), names(found));
        assertEquals("数字基础设施", found.get(0).category());
        assertEquals(List.of("UZ"), found.get(0).countries());
    }

    @Test
    void casesOfACategoryFieldListedAfterIncluding() {
        List<ProjectMention> found = projects(TestArticles.zh(
                "服务民生领域的典型案例包括哈萨克斯坦远程医疗网络和中吉跨境支付服务。"));
        assertEquals(List.of("哈萨克斯坦远程医疗网络", "中吉跨境支付服务"), names(found));
        assertTrue(found.stream().allMatch(p -> "服务民生".equals(p.category())));
    }

    @Test
    void aCategoryTheLexiconDoesNotKnowIsTakenFromTheHeading() {
        List<ProjectMention> found = projects(TestArticles.zh(
                "本次发布的典型案例分为四类。智慧物流类:霍尔果斯口岸智能通关系统、中欧班列数字调度平台。"));
        assertEquals(List.of("霍尔果斯口岸智能通关系统", "中欧班列数字调度平台"), names(found));
        assertEquals("智慧物流", found.get(0).category());
    }

    @Test
    void everyCaseOfAListThatEndsInTheCountOfSelectedCases() {
        List<ProjectMention> found = projects(TestArticles.zh(
                "其中,中塔数字乡村示范、乌兹别克斯坦电子政务升级等8个案例入选。"));
        assertEquals(List.of("中塔数字乡村示范", "乌兹别克斯坦电子政务升级"), names(found));
        assertEquals(null, found.get(0).category());
        assertEquals(List.of("CN", "TJ"), found.get(0).countries());
    }

    @Test
    void traditionalChineseNamesAreKeptAsWritten() {
        List<ProjectMention> found = projects(TestArticles.zhHant(
                "兩國代表介紹了塔什干智慧港口平台、中哈跨境數據走廊等合作案例。"));
        assertEquals(List.of("塔什干智慧港口平台", "中哈跨境數據走廊"), names(found));
        assertEquals(List.of("CN", "KZ"), found.get(1).countries());
    }

    @Test
    void aChineseNamedProjectSignedWithoutForeignSignalNeedsItsVerb() {
        assertEquals(List.of("西部算力枢纽节点项目"), names(projects(TestArticles.zh("会上,西部算力枢纽节点项目正式签约。"))));
        assertEquals(List.of(), names(projects(TestArticles.zh("会上介绍了西部算力枢纽节点项目的进展。"))));
    }

    @Test
    void aDateOrAFrameWordBeforeTheNameIsNoPartOfIt() {
        assertEquals(List.of("中乌跨境电商平台"), names(projects(TestArticles.zh("据悉,20日中乌跨境电商平台正式上线。"))));
        assertEquals(List.of("成都天府丝路数据港"), names(projects(TestArticles.zh("论坛期间成都天府丝路数据港揭牌。"))));
    }

    @Test
    void aNameTheOrganisationRecogniserAlsoFoundStaysAProjectWhenItIsBeingBuilt() {
        String text = "两国将共建中吉数字技术交流基地,服务青年创业。";
        Findings findings = new Findings();
        findings.addOrganization(new OrganizationMention("中吉数字技术交流基地", null, spanOf(text, "中吉数字技术交流基地")));
        List<ProjectMention> found = projects(TestArticles.zh(text), findings);
        assertEquals(List.of("中吉数字技术交流基地"), names(found));
        assertEquals(List.of("CN", "KG"), found.get(0).countries());
    }

    @Test
    void aSentenceOpeningInACategoryGivesItToTheCasesItNames() {
        List<ProjectMention> found = projects(TestArticles.zh(
                "在数字基础设施类案例中,中吉跨境光缆项目使两国网速提升一倍。服务民生领域中,中哈远程教育合作项目已覆盖两百所学校。"
                        + "中乌智慧农业合作项目同样进展顺利。"));
        assertEquals(List.of("中吉跨境光缆项目:数字基础设施", "中哈远程教育合作项目:服务民生", "中乌智慧农业合作项目:null"),
                found.stream().map(p -> p.name() + ":" + p.category()).toList());
    }
}
