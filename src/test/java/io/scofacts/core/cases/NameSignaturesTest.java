package io.scofacts.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.extract.country.CountryRecognizer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameSignaturesTest {

    private static final NameSignatures SIGNATURES = new NameSignatures(new CountryRecognizer());

    private static String caseKey(String name, String... countries) {
        return SIGNATURES.ofCase(name, List.of(countries)).key();
    }

    @Test
    void oneCaseNamedInSimplifiedTraditionalEnglishAndRussianWordingsHasOneKey() {
        String key = caseKey("中乌电商生态体系项目");
        assertEquals(key, caseKey("乌兹别克斯坦电商生态体系建设"));
        assertEquals(key, caseKey("乌兹别克斯坦电子商务体系优化项目"));
        assertEquals(key, caseKey("烏茲別克斯坦電商生態體系建設"));
        assertEquals(key, caseKey("Uzbekistan E-commerce Ecosystem Project"));
        assertEquals(key, caseKey("China-Uzbekistan e-commerce ecosystem"));
        assertEquals(key, caseKey("проект экосистемы электронной коммерции Узбекистана"));
        assertEquals("UZ|ecommerce,ecosystem||", key);
    }

    @Test
    void casesSharingACountryButNotTheirSubjectStayApart() {
        assertNotEquals(caseKey("中乌远程医疗合作项目"), caseKey("中乌电商生态体系项目"));
        assertNotEquals(caseKey("中哈跨境电商平台"), caseKey("中乌跨境电商平台"));
        assertNotEquals(caseKey("中乌跨境物流平台"), caseKey("中乌跨境电商平台"));
    }

    @Test
    void aBrandNameIsTheCaseWhateverCountriesTheClauseAdds() {
        assertEquals(caseKey("ZOOD电商平台项目", "CN", "UZ"), caseKey("ZOOD电商平台", "CN"));
        assertEquals("|ecommerce,platform|zood|", caseKey("ZOOD电商平台", "CN", "KZ"));
    }

    @Test
    void aNameOfConceptsOnlyTakesTheProjectsCountries() {
        assertEquals("KZ|crossborder,ecommerce,platform||", caseKey("跨境电商平台", "CN", "KZ"));
        assertNotEquals(caseKey("跨境电商平台", "CN", "KZ"), caseKey("跨境电商平台", "CN", "TJ"));
    }

    @Test
    void theLongestFormWinsAndOwnWordsStay() {
        NameSignature signature = SIGNATURES.ofCase("天津数据中心示范项目", List.of());
        assertEquals(Set.of("datacenter"), signature.concepts());
        assertEquals(Set.of("天津"), signature.ownWords());
        assertTrue(signature.explain().contains("generic words ignored: 示范, 项目"), signature.explain());
    }

    @Test
    void eventsOfOneSeriesDifferByYear() {
        String forum2025 = SIGNATURES.ofEvent("2025上合组织数字经济论坛", null).key();
        assertEquals(forum2025, SIGNATURES.ofEvent("上海合作组织数字经济论坛", "2025").key());
        assertEquals(forum2025, SIGNATURES.ofEvent("2025年上海合作组织數字經濟論壇", null).key());
        assertEquals(forum2025, SIGNATURES.ofEvent("SCO Digital Economy Forum 2025", null).key());
        assertEquals(forum2025, SIGNATURES.ofEvent("Форум по цифровой экономике ШОС", "2025").key());
        assertNotEquals(forum2025, SIGNATURES.ofEvent("2024上合组织数字经济论坛", null).key());
        assertNotEquals(forum2025, SIGNATURES.ofEvent("上合组织数字经济论坛分论坛", "2025").key());
    }

    @Test
    void aNameOfGenericWordsOnlyIsEmpty() {
        assertTrue(SIGNATURES.ofCase("中乌合作项目", List.of("CN", "UZ")).isEmpty());
    }
}
