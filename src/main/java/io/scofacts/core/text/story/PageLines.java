package io.scofacts.core.text.story;

import java.util.List;

/** The lines of a page with what the noise passes have decided about each so far. */
final class PageLines {
    final String text;
    final String key;
    final List<Line> lines;
    final boolean[] noise;
    final boolean[] cueNoise;
    final boolean[] keep;
    final boolean[] separator;
    final boolean[] heading;
    final boolean[] footer;
    /** Index of the next non-blank line after each line, or -1. */
    final int[] nextContent;

    PageLines(String text, String key, List<Line> lines) {
        this.text = text;
        this.key = key;
        this.lines = lines;
        int n = lines.size();
        noise = new boolean[n];
        cueNoise = new boolean[n];
        keep = new boolean[n];
        separator = new boolean[n];
        heading = new boolean[n];
        footer = new boolean[n];
        nextContent = new int[n];
        int next = -1;
        for (int i = n - 1; i >= 0; i--) {
            nextContent[i] = next;
            if (!lines.get(i).isBlank()) {
                next = i;
            }
        }
    }

    Line line(int i) {
        return lines.get(i);
    }
}
