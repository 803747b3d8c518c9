package io.scofacts.core.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CharTableTest {

    @Test
    void keysOfEveryPlaneOfTheBmpAreKeptApart() {
        CharTable<String> table = new CharTable<>();
        table.put('中', "zhong");
        table.put('a', "a");
        table.put('\uFFFF', "last");
        table.put('\u0000', "first");
        table.put('丰', "feng"); // U+4E30: same page as 中 (U+4E2D)
        assertEquals("zhong", table.get('中'));
        assertEquals("feng", table.get('丰'));
        assertEquals("a", table.get('a'));
        assertEquals("last", table.get('\uFFFF'));
        assertEquals("first", table.get('\u0000'));
        assertNull(table.get('b'));
        assertNull(table.get('国'));
        assertEquals("none", table.getOrDefault('Ж', "none"));
        assertEquals(List.of("first", "a", "zhong", "feng", "last"), table.values());
    }

    @Test
    void computeIfAbsentMakesAValueOnceAndKeepsIt() {
        CharTable<List<String>> table = new CharTable<>();
        table.computeIfAbsent('年', ArrayList::new).add("年初");
        table.computeIfAbsent('年', ArrayList::new).add("年底");
        assertEquals(List.of("年初", "年底"), table.get('年'));
        assertEquals(1, table.values().size());
    }
}
