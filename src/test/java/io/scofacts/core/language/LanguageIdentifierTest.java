package io.scofacts.core.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

    private final LanguageIdentifier identifier = new LanguageIdentifier();

    @Test
    void simplifiedAndTraditionalChinese() {
        assertEquals(new LanguageGuess("zh", "Hans"),
                identifier.identify("上合组织数字贸易大会在青岛举行,各国代表围绕数据流通交易开展交流。", null));
        assertEquals(new LanguageGuess("zh", "Hant"),
                identifier.identify("上合組織數字貿易大會在青島舉行,各國代表圍繞數據流通交易開展交流。", null));
    }

    @Test
    void chineseWithEnglishNamesStaysChinese() {
        assertEquals("zh", identifier.identify("TAMOS电商平台与Digital Silk Road项目在塔什干签约落地。", null).language());
    }

    @Test
    void englishAndRussianFromTheModel() {
        assertEquals("en", identifier.identify("The forum brought together officials and companies from member "
                + "states to discuss data governance and cross-border e-commerce.", null).language());
        assertEquals("ru", identifier.identify("Форум собрал представителей правительств и компаний государств-членов "
                + "для обсуждения цифровой экономики и трансграничной торговли.", null).language());
    }

    @Test
    void aHintDecidesOnlyWhenTheScriptAllowsIt() {
        assertEquals("kk", identifier.identify("Цифрлық экономика форумы өтті.", "kk").language());
        assertEquals("zh", identifier.identify("上合组织数字贸易大会在青岛举行。", "en").language());
    }

    @Test
    void textWithoutLettersIsUndetermined() {
        assertEquals(LanguageGuess.UNDETERMINED, identifier.identify("2025-07-16 12:00 … 123", null).language());
    }
}
