package io.scofacts.core.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ScanWindowsTest {

    private static final Pattern NOT_AFTER_A_NUMERAL = Pattern.compile(
            "(?<![\\d〇零一二三四五六七八九十])(?:\\d{4}|[〇零一二三四五六七八九]{4}) ?年(?:\\d{1,2}月)?");
    private static final ScanWindows.Trigger NUMBER_OPENS = ScanWindows.anyOf("0123456789〇零一二三四五六七八九十");

    /** Trying the pattern only where a match can open finds exactly what trying it everywhere finds. */
    @Test
    void openingFilterFindsTheSameMatches() {
        Random random = new Random(20261206);
        String alphabet = "2025年7月十二〇五零一九日号，我们合作 ab3";
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 80; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            text.append("于2025年3月签约，二〇二四年启动，12025年不是年份");
            String view = text.toString();
            ScanWindows windows = ScanWindows.around(view, ScanWindows.anyOf("年月日"), 12, 24);
            List<String> everywhere = new ArrayList<>();
            windows.forEachMatch(NOT_AFTER_A_NUMERAL, view, m -> everywhere.add(m.start() + ":" + m.group()));
            List<String> filtered = new ArrayList<>();
            windows.forEachMatch(NOT_AFTER_A_NUMERAL, view, NUMBER_OPENS, m -> filtered.add(m.start() + ":" + m.group()));
            assertEquals(everywhere, filtered, view);
            assertFalse(filtered.isEmpty());
        }
    }
}
