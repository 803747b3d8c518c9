package io.scofacts.core.extract.organization;

import static io.scofacts.core.extract.TestArticles.zh;

import org.junit.jupiter.api.Test;

/** Phrases that look like organisation names and are not. */
class ChineseNonOrganizationsTest {

    @Test
    void genericBodiesAreNoNames() {
        OrganizationFinds.in(zh("各国政府、有关部门和相关企业要加强协作,本公司将积极参与。该中心自启用以来运行良好。"))
                .exactly();
    }

    @Test
    void aSuffixWithoutANamePartIsNoName() {
        OrganizationFinds.in(zh("双方将共建合作中心,并设立联合实验室和创新基地。")).exactly();
    }

    @Test
    void bodiesOfManyCountriesAreNoName() {
        OrganizationFinds.in(zh("上海合作组织国家部委、商会的代表到场,欢迎企业投资上合组织国家物流中心建设。"))
                .exactly("上海合作组织");
    }

    @Test
    void directionWordsBeforeASuffixCharacterAreNoBody() {
        OrganizationFinds.in(zh("中国西部地区和哈萨克斯坦南部的物流网络日益完善,全部项目进展顺利。"))
                .exactly();
    }

    @Test
    void titlesAndPeopleAreNotPartOfAName() {
        OrganizationFinds.in(zh("国家数据局局长刘明出席并致辞,部长助理李强主持会议。"))
                .exactly("国家数据局");
    }

    @Test
    void eventsAndDocumentsAreNoOrganisations() {
        OrganizationFinds.in(zh("2025中国—中亚合作论坛暨数字丝路峰会发布了《数字经济合作发展报告》。"))
                .lacksAnyContaining("论坛")
                .lacksAnyContaining("峰会")
                .lacksAnyContaining("报告");
    }

    @Test
    void aCountryAloneBeforeACompanySuffixIsNoName() {
        OrganizationFinds.in(zh("越来越多的中国公司和俄罗斯科技公司进入当地市场。")).exactly();
    }

    @Test
    void numbersEndANameOnItsLeft() {
        OrganizationFinds.in(zh("目前已有30家研究院和5所大学加入。")).exactly();
    }

    @Test
    void descriptiveCompaniesBanksAndCommitteesAreNoNames() {
        OrganizationFinds.in(zh("当地商业银行、开发银行和一些电商公司成立了行业协会,并组建专家委员会和重点实验室。"))
                .exactly();
    }

    @Test
    void aCommitteeWrittenWithItsShortSuffix() {
        OrganizationFinds.in(zh("全国人大常委会审议了相关法律草案。")).exactly("全国人大常委会").has("全国人大常委会", "CN");
    }

    @Test
    void aCityCentreIsNoBody() {
        OrganizationFinds.in(zh("展会在天津市中心举行,阿拉木图中心城区也有分会场。")).exactly();
    }

    @Test
    void pronounsAreNoDealParties() {
        OrganizationFinds.in(zh("我们与阿拉木图北方物流有限公司签约,中方与比什凯克丝路数码有限责任公司合作。"))
                .exactly("阿拉木图北方物流有限公司", "比什凯克丝路数码有限责任公司");
    }
}
