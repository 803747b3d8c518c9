package io.scofacts.core.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChineseScriptDetectorTest {

    private final ChineseScriptDetector detector = new ChineseScriptDetector();

    @Test
    void simplifiedStory() {
        assertEquals("Hans", detector.detect("两国企业在乌兹别克斯坦签署了数字农业合作协议,项目后续将在费尔干纳推广。"));
    }

    @Test
    void traditionalStoryEvenWithCharactersBothScriptsShare() {
        // 后 and 里 are simplified forms of 後 and 裡 but also traditional characters of their own
        assertEquals("Hant", detector.detect("皇后鎮的數位貿易論壇裡,兩國企業簽署了合作協議,並將於明年擴大規模。"));
    }

    @Test
    void textWithoutChineseCountsAsSimplified() {
        assertEquals("Hans", detector.detect("Digital Silk Road 2025"));
    }

    @Test
    void thePrecomputedCharactersAreHanlpTablesOneCharacterEntries() {
        assertEquals(ChineseScriptCharactersGenerator.render(ChineseScriptDetector.fromHanlpTables()),
                ChineseScriptCharactersGenerator.render(detector),
                ChineseScriptDetector.CHARACTERS + " is stale: regenerate it with ChineseScriptCharactersGenerator");
    }
}
