package io.scofacts.core.extract.document;

import io.scofacts.core.extract.event.WordList;
import io.scofacts.core.lexicon.LexiconFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Titles in 《…》 that name documents. Every title counts except those that name media: a title
 * whose longest known ending is a media ending (…日报, …网, …电视台, …联播), or that a media word
 * follows ("《亚太教育评论》网站", {@code lexicon/media-kind-words.tsv}), is a newspaper, site or
 * programme. Books, films and songs in 《》 are kept as documents: nothing in a sentence tells them
 * from a plan or report reliably, and news on cooperation cites far more texts than films.
 */
final class TitleMarks {

    private static final int MAX_TITLE = 80;

    private final WordList endings;
    private final List<String> mediaEndings = new ArrayList<>();
    private final WordList mediaKinds = WordList.read("lexicon/media-kind-words.tsv");

    TitleMarks() {
        endings = WordList.read("lexicon/document-media.tsv");
        for (String[] row : LexiconFile.read("lexicon/document-media.tsv")) {
            if ("media".equals(row[1])) {
                mediaEndings.add(row[0]);
            }
        }
    }

    /** {@code [start, end)} of each title's text between 《 and 》, media titles left out. */
    List<int[]> find(String match) {
        List<int[]> titles = new ArrayList<>();
        for (int open = match.indexOf('《'); open >= 0; open = match.indexOf('《', open + 1)) {
            int close = closing(match, open);
            if (close < 0 || close - open < 3) {
                continue;
            }
            String ending = endings.endingAt(match, close);
            boolean medium = ending != null && mediaEndings.contains(ending) || mediaKinds.startingAt(match, close + 1) != null;
            if (!medium) {
                titles.add(new int[] {open + 1, close});
            }
        }
        return titles;
    }

    private static int closing(String text, int open) {
        for (int i = open + 1; i < text.length() && i - open <= MAX_TITLE; i++) {
            char c = text.charAt(i);
            if (c == '》') {
                return i;
            }
            if (c == '《' || c == '\n') {
                return -1;
            }
        }
        return -1;
    }
}
