package io.scofacts.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HanTest {

    @Test
    void theScriptRangesAgreeWithTheJdkOnEveryAssignedChar() {
        for (int c = 0; c < 0x10000; c++) {
            if (Character.getType(c) == Character.UNASSIGNED) {
                continue; // a JDK on an older Unicode leaves the newest ideographs unassigned
            }
            boolean jdk = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            String where = String.format("U+%04X", c);
            assertEquals(jdk, Han.isHanScript((char) c), where);
        }
    }

    @Test
    void ideographsAreTheCharsOfWordsNotMarksOrRadicals() {
        assertTrue(Han.isIdeograph('中'));
        assertTrue(Han.isIdeograph('駿'));
        assertTrue(Han.isIdeograph('㐀'));
        assertFalse(Han.isIdeograph('〇'));
        assertFalse(Han.isIdeograph('々'));
        assertFalse(Han.isIdeograph('，'));
        assertFalse(Han.isIdeograph('Ж'));
        assertTrue(Han.isHanScript('〇'));
        assertFalse(Han.isHanScript('A'));
    }
}
