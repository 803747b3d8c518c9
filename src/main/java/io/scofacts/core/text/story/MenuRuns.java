package io.scofacts.core.text.story;

/** Site menus and button rows: runs of very short lines around or inside the page. */
final class MenuRuns {

    private static final int MIN_RUN = 3;

    private MenuRuns() {
    }

    /**
     * Runs of at least three very short lines (menu items, buttons) are a menu when they stand
     * before the first or after the last paragraph of running text, name a menu item, or hold
     * other furniture; elsewhere they may be a list in the story and stay.
     */
    static void mark(PageLines page, CueSet navigation) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < page.lines.size(); i++) {
            if (!page.noise[i] && page.line(i).isParagraphLike()) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        int i = 0;
        while (i < page.lines.size()) {
            if (!inRun(page, i) || page.line(i).isBlank()) {
                i++;
                continue;
            }
            int runStart = i;
            int members = 0;
            int shortItems = 0;
            boolean furniture = false;
            boolean nav = false;
            int runEnd = i;
            while (i < page.lines.size() && inRun(page, i)) {
                Line line = page.line(i);
                if (!line.isBlank()) {
                    runEnd = i;
                    if (!page.separator[i]) {
                        members++;
                    }
                    if (page.cueNoise[i]) {
                        furniture = true;
                    } else if (!page.noise[i]) {
                        shortItems++;
                        nav |= navigation.occursIn(page.key, line.trimStart(), line.trimEnd());
                    }
                }
                i++;
            }
            boolean outsideStory = first < 0 || runEnd < first || runStart > last;
            if (members >= MIN_RUN && shortItems > 0 && (outsideStory || nav || furniture)) {
                for (int j = runStart; j <= runEnd; j++) {
                    if (!page.line(j).isBlank()) {
                        page.noise[j] = true;
                    }
                }
            }
        }
    }

    private static boolean inRun(PageLines page, int i) {
        Line line = page.line(i);
        return !page.keep[i] && (line.isBlank() || page.noise[i] || line.isShortItem());
    }
}
