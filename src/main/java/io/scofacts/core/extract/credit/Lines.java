package io.scofacts.core.extract.credit;

import java.util.ArrayList;
import java.util.List;

/** The non-empty lines of a text with their view offsets. */
record Lines(List<Line> all) {

    record Line(String text, int start) {

        String trimmed() {
            return text.strip();
        }
    }

    static Lines of(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            if (!line.isBlank()) {
                lines.add(new Line(line, start));
            }
            start = end + 1;
        }
        return new Lines(List.copyOf(lines));
    }
}
