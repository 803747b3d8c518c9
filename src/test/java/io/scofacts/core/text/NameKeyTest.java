package io.scofacts.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void equalUnderWidthCaseSpacingDotsAndQuotes() {
        assertEquals(NameKey.of("“数联网”平台"), NameKey.of("数联网平台"));
        assertEquals(NameKey.of("TAMOS电商平台项目"), NameKey.of("ｔａｍｏｓ 电商平台项目"));
        assertEquals(NameKey.of("阿斯哈尔·努尔兰诺夫"), NameKey.of("阿斯哈尔・努尔兰诺夫"));
        assertNotEquals(NameKey.of("中哈数字技术培训基地"), NameKey.of("中乌数字技术培训基地"));
    }

    @Test
    void equalWhicheverDashJoinsTheParts() {
        assertEquals(NameKey.of("中国—上合组织大数据合作中心"), NameKey.of("中国-上合组织大数据合作中心"));
        assertEquals(NameKey.of("China–Kyrgyzstan cable"), NameKey.of("China-Kyrgyzstan cable"));
        assertNotEquals(NameKey.of("中国—上合组织"), NameKey.of("中国上合组织"));
    }
}
