package io.scofacts.core.extract.organization;

import static io.scofacts.core.extract.TestArticles.zh;
import static io.scofacts.core.extract.TestArticles.zhHant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseOrganizationsTest {

    @Test
    void governmentBodiesTakeTheirCountryFromTheirStart() {
        OrganizationFinds.in(zh("本届峰会由国家网络安全局与重庆市政府联合主办,哈萨克斯坦数字发展部也派员参加。"))
                .has("国家网络安全局", "CN")
                .has("重庆市政府", "CN")
                .has("哈萨克斯坦数字发展部", "KZ");
    }

    @Test
    void aVerbBeforeTheBodyIsNotPartOfIt() {
        OrganizationFinds.in(zh("两国将加快落实中吉乌铁路建设委员会的决议。"))
                .exactly("中吉乌铁路建设委员会");
    }

    @Test
    void aTitleAfterTheBodyIsNotPartOfIt() {
        OrganizationFinds.in(zh("据成都市经济信息局局长王海涛介绍,全市已建成多个算力中心。"))
                .exactly("成都市经济信息局")
                .has("成都市经济信息局", "CN");
    }

    @Test
    void aCountryPrefixBelongsToTheName() {
        OrganizationFinds.in(zh("吉尔吉斯斯坦国家战略研究所专家阿里别克·托克托逊诺夫认为,合作潜力巨大。"))
                .has("吉尔吉斯斯坦国家战略研究所", "KG");
    }

    @Test
    void anInstituteOfAnAcademyIsOneOrganisation() {
        OrganizationFinds.in(zh("俄罗斯科学院中国与现代亚洲研究所研究员表示,数字贸易增长迅速。"))
                .exactly("俄罗斯科学院中国与现代亚洲研究所")
                .has("俄罗斯科学院中国与现代亚洲研究所", "RU");
    }

    @Test
    void aDepartmentAfterAnInstituteLeavesTheInstitute() {
        OrganizationFinds.in(zh("塔吉克斯坦战略研究中心经济和社会研究部主任说,双方合作前景广阔。"))
                .has("塔吉克斯坦战略研究中心", "TJ")
                .lacksAnyContaining("社会研究部");
    }

    @Test
    void aDashJoinedPrefixBelongsToTheName() {
        OrganizationFinds.in(zh("当天,中国—东盟信息港股份有限公司与多家企业签署协议。"))
                .has("中国—东盟信息港股份有限公司", "CN");
    }

    @Test
    void twoBodiesJoinedByAConjunctionStayTwo() {
        OrganizationFinds.in(zh("活动由商务部和天津市人民政府共同主办。"))
                .has("商务部", "CN")
                .has("天津市人民政府", "CN")
                .lacks("商务部和天津市人民政府");
    }

    @Test
    void companiesNeedSpecificWordsBeforeTheSuffix() {
        OrganizationFinds.in(zh("会上,杭州星链科技有限公司发布新品,多家科技有限公司和相关企业到场。"))
                .has("杭州星链科技有限公司", "CN")
                .lacks("科技有限公司")
                .lacksAnyContaining("相关");
    }

    @Test
    void aForeignCityOpensAForeignCompany() {
        OrganizationFinds.in(zh("比什凯克丝路数码有限责任公司负责人表示,订单增长明显。"))
                .has("比什凯克丝路数码有限责任公司", "KG");
    }

    @Test
    void aUniversityWithoutPlaceHasNoCountry() {
        OrganizationFinds.in(zh("来自南开大学和清华大学的学者参加了研讨。"))
                .has("南开大学", null)
                .has("清华大学", null);
    }

    @Test
    void aLatinBrandMakesAName() {
        OrganizationFinds.in(zh("乌兹别克斯坦用户通过UZUM公司的平台购买中国商品。"))
                .has("UZUM公司", null);
    }

    @Test
    void aBracketedCityInsideAName() {
        OrganizationFinds.in(zh("华云数智(西安)算力服务基地已投入运营。"))
                .has("华云数智(西安)算力服务基地", "CN");
    }

    @Test
    void thePartnerOfASigningIsAnOrganisation() {
        OrganizationFinds.in(zh("会上,海贸通与阿拉木图北方物流有限公司签约,共建海外仓。"))
                .has("海贸通", null)
                .has("阿拉木图北方物流有限公司", "KZ");
    }

    @Test
    void aCountryBeforeAConjunctionIsNoDealParty() {
        OrganizationFinds.in(zh("中国与塔什干智慧交通有限公司合作推进项目。"))
                .has("塔什干智慧交通有限公司", "UZ")
                .lacks("中国");
    }

    @Test
    void mediaCreditedAsSources() {
        OrganizationFinds.in(zh("(光明日报记者 李明) 据新华社报道,论坛吸引了众多嘉宾。"))
                .has("光明日报", "CN")
                .has("新华社", "CN");
    }

    @Test
    void internationalOrganisationsHaveNoCountry() {
        OrganizationFinds.in(zh("联合国和东盟代表出席了会议。"))
                .has("联合国", null)
                .has("东盟", null);
    }

    @Test
    void aBodyOfAnInternationalOrganisationHasNoCountry() {
        OrganizationFinds.in(zh("上海合作组织睦邻友好合作委员会秘书长致辞。"))
                .exactly("上海合作组织睦邻友好合作委员会")
                .has("上海合作组织睦邻友好合作委员会", null);
    }

    @Test
    void theShortFormIsReportedUnderTheFullName() {
        OrganizationFinds finds = OrganizationFinds.in(zh("上海合作组织成立以来成果丰硕。如今,上合组织已有十个成员国。"));
        finds.exactly("上海合作组织");
        assertEquals(List.of("上海合作组织", "上合组织"), finds.writtenAs("上海合作组织"));
    }

    @Test
    void theShortFormAloneIsReportedAsWritten() {
        OrganizationFinds.in(zh("上合组织框架下的数字合作不断深化。")).exactly("上合组织");
    }

    @Test
    void aShortFormTheStoryIntroduces() {
        OrganizationFinds finds = OrganizationFinds.in(zh(
                "中国—中亚数字合作研究中心(以下简称“研究中心”)今天揭牌。研究中心将开展联合研究。"));
        assertEquals(List.of("研究中心", "研究中心"), finds.writtenAs("中国—中亚数字合作研究中心").subList(1, 3));
    }

    @Test
    void traditionalStoriesKeepTheirCharacters() {
        OrganizationFinds.in(zhHant("報導稱,天津智聯雲端有限公司將於下月在塔什干設立分支機構。"))
                .has("天津智聯雲端有限公司", "CN");
    }

    @Test
    void traditionalStoriesMatchThroughTheSimplifiedView() {
        var article = zhHant("據國家數據局介紹,天津市數據局與上海合作組織秘書處開展合作。");
        assumeTrue(!article.view().matchText().equals(article.view().text()), "no simplified matching view yet");
        OrganizationFinds.in(article)
                .has("國家數據局", "CN")
                .has("天津市數據局", "CN")
                .has("上海合作組織秘書處", null);
    }

    @Test
    void aVerbOrPrepositionBeforeTheNameIsLeftOut() {
        OrganizationFinds.in(zh("代表团此行走访西安航天电子集团，并同成都数据集团签署备忘录。"))
                .has("西安航天电子集团", "CN")
                .has("成都数据集团", "CN")
                .lacksAnyContaining("访")
                .lacks("同成都数据集团");
    }

    @Test
    void aQuotationBeforeANameIsNoQuotedPartOfIt() {
        OrganizationFinds.in(zh("“合作还需要一个起点。”南方数字经济研究中心主任李青说。"))
                .has("南方数字经济研究中心", null)
                .lacksAnyContaining("起点");
    }

    @Test
    void aMinistryNamedForSeveralFieldsStartsAtItsCountry() {
        OrganizationFinds.in(zh("吉尔吉斯斯坦经济、贸易与投资部部长出席。塔吉克斯坦能源与水资源部随后发言。"))
                .has("吉尔吉斯斯坦经济、贸易与投资部", "KG").has("塔吉克斯坦能源与水资源部", "TJ");
    }

    @Test
    void aTitleOrAnotherBodyBeforeTheConjunctionEndsTheList() {
        OrganizationFinds.in(zh("乌兹别克斯坦总统与交通部官员会面,乌兹别克斯坦科学院与能源部签约。"))
                .lacksAnyContaining("总统与").lacksAnyContaining("科学院与");
    }
}
