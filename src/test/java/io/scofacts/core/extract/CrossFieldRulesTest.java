package io.scofacts.core.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.factsheet.FactSheet;
import io.scofacts.core.factsheet.OrganizationFact;
import io.scofacts.core.factsheet.PlaceFact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What one field's findings imply for another: the whole extractor on sentences written for this test. */
class CrossFieldRulesTest {

    private static final Extractor EXTRACTOR = Extractor.standard();

    private static List<String> organizations(FactSheet sheet) {
        return sheet.organizations().stream().map(OrganizationFact::name).toList();
    }

    @Test
    void aBodyNamedOnlyInsideADocumentsTitleIsPartOfTheTitle() {
        FactSheet sheet = EXTRACTOR.extract(ArticleInput.ofText(
                "会议通过了《中亚数字合作理事会关于跨境数据流动的声明》等文件。"));
        assertTrue(sheet.documents().stream().anyMatch(d -> d.name().contains("中亚数字合作理事会")), sheet.documents().toString());
        assertFalse(organizations(sheet).contains("中亚数字合作理事会"), organizations(sheet).toString());
    }

    @Test
    void aFigureInsideADocumentsNameIsNoQuantity() {
        FactSheet sheet = EXTRACTOR.extract(ArticleInput.ofText(
                "峰会批准「上合组织未来十年发展战略」，并决定投入3亿元建设数据中心。"));
        assertTrue(sheet.documents().stream().anyMatch(d -> d.name().contains("十年")), sheet.documents().toString());
        assertFalse(sheet.quantities().stream().anyMatch(q -> q.text().contains("十年")), sheet.quantities().toString());
        assertTrue(sheet.quantities().stream().anyMatch(q -> q.text().contains("3亿元")), sheet.quantities().toString());
    }

    @Test
    void aBodyAlsoNamedOutsideTheTitleIsStillABody() {
        FactSheet sheet = EXTRACTOR.extract(ArticleInput.ofText(
                "中亚数字合作理事会秘书处今天发布消息。会议通过了《中亚数字合作理事会关于跨境数据流动的声明》。"));
        assertTrue(organizations(sheet).stream().anyMatch(name -> name.startsWith("中亚数字合作理事会")), organizations(sheet).toString());
    }

    @Test
    void aPlaceWrittenOnlyInsideABodysNameIsNoPlaceOfTheStory() {
        FactSheet sheet = EXTRACTOR.extract(ArticleInput.ofText(
                "The agreement was signed with Kashi Tianyuan (Urumqi) Data Services Co., Ltd last week."));
        assertFalse(sheet.places().stream().map(PlaceFact::name).anyMatch("Urumqi"::equals), sheet.places().toString());
    }

    @Test
    void anAcronymDefinedAfterAPlaceIsThatPlace() {
        FactSheet sheet = EXTRACTOR.extract(ArticleInput.ofText(
                "Форум прошёл в Ферганской области (ФО) Узбекистана. Руководство ФО приветствовало гостей, "
                        + "а делегации посетили предприятия ФО."));
        assertFalse(sheet.places().stream().map(PlaceFact::name).anyMatch("ФО"::equals), sheet.places().toString());
        PlaceFact region = sheet.places().stream().filter(p -> p.name().equals("Ферганской области")).findFirst()
                .orElseThrow(() -> new AssertionError(sheet.places().toString()));
        assertTrue(region.mentions().size() >= 3, "the acronym's uses are the region's mentions: " + region.mentions());
    }

    @Test
    void aTitleAMediaWordFollowsIsAMediumNotADocument() {
        FactSheet sheet = EXTRACTOR.extract(ArticleInput.ofText(
                "据《丝路教育评论》网站6月2日报道,双方签署了《数字教育合作备忘录》。"));
        assertTrue(organizations(sheet).contains("丝路教育评论"), organizations(sheet).toString());
        assertTrue(sheet.documents().stream().noneMatch(d -> d.name().contains("丝路教育评论")), sheet.documents().toString());
        assertTrue(sheet.documents().stream().anyMatch(d -> d.name().contains("数字教育合作备忘录")), sheet.documents().toString());
    }
}
