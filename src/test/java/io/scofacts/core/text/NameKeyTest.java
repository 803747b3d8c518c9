package io.scofacts.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void equalUnderWidthCaseSpacingDotsAndQuotes() {
        assertEquals(NameKey.of("“数联网”平台"), NameKey.of("数联网平台"));
        assertEquals(NameKey.of("ZOOD电商平台项目"), NameKey.of("ｚｏｏｄ 电商平台项目"));
        assertEquals(NameKey.of("达尼亚尔·库尔班诺夫"), NameKey.of("达尼亚尔・库尔班诺夫"));
        assertNotEquals(NameKey.of("中哈数字技术交流基地"), NameKey.of("中乌数字技术交流基地"));
    }
}
