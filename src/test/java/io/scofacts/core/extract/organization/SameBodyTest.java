package io.scofacts.core.extract.organization;

import static io.scofacts.core.extract.TestArticles.en;
import static io.scofacts.core.extract.TestArticles.zh;
import static io.scofacts.core.extract.TestArticles.zhHant;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One body written several ways in one story is one organisation; a body's owner is a body of its own. */
class SameBodyTest {

    @Test
    void aNameWithAShortFormInsideIsTheSameBodyNamedInFull() {
        List<String> names = io.scofacts.core.extract.WholeExtractor.sheet(
                "Документ подготовлен Секретариатом ШОС в марте. Секретариат Шанхайской организации сотрудничества"
                        + " сообщил, что встреча пройдет в Бишкеке.").organizations().stream()
                .map(io.scofacts.core.factsheet.OrganizationFact::name).toList();
        assertEquals(List.of("Секретариат Шанхайской организации сотрудничества"),
                names.stream().filter(n -> n.startsWith("Секретариат")).toList(), names.toString());
    }

    @Test
    void anEnglishNameInBracketsAfterAChineseNameIsTheSameBody() {
        OrganizationFinds finds = OrganizationFinds.in(zh(
                "西部光伏发展有限公司（Western Solar Development Co.）与当地政府签署协议，"
                        + "Western Solar Development Co.将在明年开工。"));
        finds.exactly("西部光伏发展有限公司");
        assertEquals(List.of("西部光伏发展有限公司", "Western Solar Development Co.", "Western Solar Development Co."),
                finds.writtenAs("西部光伏发展有限公司"));
    }

    @Test
    void aShortFormInTheHeadlineBeforeItsDefinitionIsTheSameBody() {
        OrganizationFinds finds = OrganizationFinds.in(zh(
                "吉尔吉斯代表团到访西北水电集团\n8月3日,代表团到西北水电开发投资集团有限公司(以下简称“西北水电集团”或“水电集团”)参观。"
                        + "西北水电集团介绍了合作项目。"));
        finds.exactly("西北水电开发投资集团有限公司");
        assertEquals(List.of("西北水电集团", "西北水电开发投资集团有限公司", "西北水电集团", "水电集团", "西北水电集团"),
                finds.writtenAs("西北水电开发投资集团有限公司"));
    }

    @Test
    void aCountryAbbreviatedInALaterMentionIsTheSameBody() {
        OrganizationFinds finds = OrganizationFinds.in(zh(
                "吉尔吉斯斯坦农业大学代表团来访。双方商定，吉农业大学将派出二十名教师。"));
        finds.exactly("吉尔吉斯斯坦农业大学");
        assertEquals(List.of("吉尔吉斯斯坦农业大学", "吉农业大学"), finds.writtenAs("吉尔吉斯斯坦农业大学"));
    }

    @Test
    void theTraditionalShortFormOfAKnownBodyIsTheFullName() {
        OrganizationFinds.in(zhHant("上海合作組織發布報告。上合組織成員國將加強合作。"))
                .lacks("上合組織");
    }

    @Test
    void aBodyBelongingToAnotherIsNamedApartFromItsOwner() {
        OrganizationFinds.in(zh("由西北电力集团所属西北能源职业学院承办的培训班开班。"))
                .lacksAnyContaining("所属").has("西北能源职业学院", null);
    }

    @Test
    void aClauseEndingInAVerbBeforeAPartyIsNoName() {
        OrganizationFinds.in(zh("他由衷期盼与西北电力集团继续签署合作协议。"))
                .lacks("衷期盼").has("西北电力集团", null);
    }

    @Test
    void aPersonsTitleBeforeOfIsNoPartOfTheBodysName() {
        OrganizationFinds.in(en("The plan was presented by the Chairperson of Kyrgyz State Committee for Digital Affairs."))
                .exactly("Kyrgyz State Committee for Digital Affairs");
    }
}
