package io.scofacts.core.extract.organization;

import static io.scofacts.core.extract.TestArticles.en;
import static io.scofacts.core.extract.TestArticles.ru;
import static io.scofacts.core.extract.TestArticles.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Longer sentences in the style of the news the service reads, several bodies each. */
class NewsSentencesTest {

    @Test
    void aListOfCompanies() {
        OrganizationFinds.in(zh("阿里巴巴集团、华为技术有限公司、中国移动通信集团有限公司等企业代表参会。"))
                .exactly("阿里巴巴集团", "华为技术有限公司", "中国移动通信集团有限公司");
    }

    @Test
    void aSigningVerbAfterABodyIsNotPartOfIt() {
        OrganizationFinds.in(zh("新疆维吾尔自治区商务厅与哈萨克斯坦投资发展部签署备忘录。"))
                .exactly("新疆维吾尔自治区商务厅", "哈萨克斯坦投资发展部")
                .has("新疆维吾尔自治区商务厅", "CN")
                .has("哈萨克斯坦投资发展部", "KZ");
        OrganizationFinds.in(zh("中国人民银行与俄罗斯中央银行签署了本币互换协议。"))
                .has("中国人民银行", "CN")
                .has("俄罗斯中央银行", "RU");
    }

    @Test
    void bodiesOfAnInternationalOrganisation() {
        OrganizationFinds.in(zh("上海合作组织秘书处、上合组织睦邻友好合作委员会以及中国—上海合作组织地方经贸合作示范区管委会共同举办。"))
                .exactly("上海合作组织秘书处", "上合组织睦邻友好合作委员会", "中国—上海合作组织地方经贸合作示范区管委会")
                .has("上海合作组织秘书处", null)
                .has("中国—上海合作组织地方经贸合作示范区管委会", "CN");
    }

    @Test
    void ministriesInAList() {
        OrganizationFinds.in(zh("国家发展改革委、工业和信息化部、国家数据局联合印发通知。"))
                .exactly("国家发展改革委", "工业和信息化部", "国家数据局");
    }

    @Test
    void aVerbOfCooperationEndsTheNameOnItsLeft() {
        OrganizationFinds.in(zh("天津大学、南开大学与塔什干国立经济大学共建联合研究院。"))
                .exactly("天津大学", "南开大学", "塔什干国立经济大学")
                .has("塔什干国立经济大学", "UZ");
    }

    @Test
    void aCompanyBeforeATitle() {
        OrganizationFinds.in(zh("乌兹别克斯坦总统会见了华为公司董事长。")).exactly("华为公司");
    }

    @Test
    void anEnglishListOfTwoBodiesStaysTwo() {
        OrganizationFinds.in(en("Uzbekistan's Ministry of Digital Technologies and Huawei Technologies Co., Ltd. signed an agreement."))
                .exactly("Ministry of Digital Technologies", "Huawei Technologies Co., Ltd.")
                .has("Ministry of Digital Technologies", "UZ");
    }

    @Test
    void venuesAreNoOrganisations() {
        OrganizationFinds.in(en("Tianjin Municipal People's Government hosted the event at Meijiang Convention Center."))
                .exactly("Tianjin Municipal People's Government");
    }

    @Test
    void hereinafterIntroducesAShortForm() {
        OrganizationFinds finds = OrganizationFinds.in(en(
                "Silk Road Data Services Company (hereinafter \"the Company\") opened an office. the Company hired 40 staff."));
        assertEquals(List.of("Silk Road Data Services Company", "the Company", "the Company"),
                finds.writtenAs("Silk Road Data Services Company"));
    }

    @Test
    void russianBodiesJoinedByAConjunctionStayApart() {
        OrganizationFinds.in(ru("Министерство цифровых технологий Узбекистана и компания «Хуавэй» подписали меморандум."))
                .exactly("Министерство цифровых технологий Узбекистана", "«Хуавэй»")
                .has("Министерство цифровых технологий Узбекистана", "UZ");
        OrganizationFinds.in(ru("Представители Российской академии наук и Евразийского банка развития обсудили сотрудничество."))
                .exactly("Российской академии наук", "Евразийского банка развития");
    }

    @Test
    void aShortParticipleEndsARussianName() {
        OrganizationFinds.in(ru("Шанхайская организация сотрудничества открыта к диалогу."))
                .exactly("Шанхайская организация сотрудничества");
    }

    @Test
    void russianDalee() {
        OrganizationFinds finds = OrganizationFinds.in(ru(
                "Евразийский банк развития (далее — ЕАБР) выделил кредит. ЕАБР также профинансирует дорогу."));
        assertEquals(List.of("Евразийский банк развития", "ЕАБР", "ЕАБР"), finds.writtenAs("Евразийский банк развития"));
    }

    @Test
    void customsAndOfficesOfACity() {
        OrganizationFinds.in(zh("天津市人民政府新闻办公室举行新闻发布会,天津海关和天津市委网信办负责人介绍情况。"))
                .exactly("天津市人民政府新闻办公室", "天津海关", "天津市委网信办")
                .has("天津海关", "CN");
    }

    @Test
    void organisingVerbsEndNoName() {
        OrganizationFinds.in(zh("论坛由天津市政府主办,多家机构协办。")).exactly("天津市政府");
    }

    @Test
    void theGovernmentsOfTwoCountriesAreNoName() {
        OrganizationFinds.in(zh("在中国与哈萨克斯坦两国政府的支持下,霍尔果斯国际边境合作中心发展迅速。"))
                .exactly("霍尔果斯国际边境合作中心")
                .has("霍尔果斯国际边境合作中心", "CN");
    }

    @Test
    void englishNamesWithACountryAdjectiveOrPossessive() {
        OrganizationFinds.in(en("China's National Data Administration and the Egyptian Ministry of Administrative Development met."))
                .has("National Data Administration", "CN")
                .has("Egyptian Ministry of Administrative Development", null);
    }

    @Test
    void russianBodiesOfTheSco() {
        OrganizationFinds.in(ru("Деловой совет ШОС и Межбанковское объединение ШОС провели заседание в Москве."))
                .exactly("Деловой совет ШОС", "Межбанковское объединение ШОС");
    }

    @Test
    void aRussianMinistryWithPo() {
        OrganizationFinds.in(ru("Компания «Узтелеком» и Министерство по развитию информационных технологий и коммуникаций "
                        + "Республики Узбекистан подписали договор."))
                .exactly("Компания «Узтелеком»",
                        "Министерство по развитию информационных технологий и коммуникаций Республики Узбекистан")
                .has("Министерство по развитию информационных технологий и коммуникаций Республики Узбекистан", "UZ");
    }

    @Test
    void aNewsAgencyWithItsQuotedName() {
        OrganizationFinds.in(ru("Об этом сообщает агентство «Казинформ».")).exactly("«Казинформ»");
    }
}
