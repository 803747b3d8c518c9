package io.scofacts.core.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BlankTextTest {

    @Test
    void textsOfOnlySpacesOfAnyKindShowNothing() {
        for (String blank : new String[] {"", " \t\n\r", "\u00a0\u00a0", "\u3000", "\u2007\u202f", "\u200b\u200d\ufeff",
                "\u2060\u180e", "\u3164\ufe0f", "\u0085\u2028\u2029", "\u00ad"}) {
            assertTrue(BlankText.isBlank(blank), () -> "blank: " + blank.codePoints().mapToObj(Integer::toHexString).toList());
        }
    }

    @Test
    void anythingVisibleIsNotBlank() {
        for (String text : new String[] {"\u3000中\u3000", "a", "\u00a0.\u00a0", "0", "\uD83D\uDE00", "\u0301", "—"}) {
            assertFalse(BlankText.isBlank(text), text);
        }
    }
}
