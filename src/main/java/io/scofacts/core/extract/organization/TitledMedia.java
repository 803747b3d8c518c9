package io.scofacts.core.extract.organization;

import io.scofacts.core.lexicon.LexiconFile;
import java.util.List;

/**
 * "据《亚太教育评论》网站报道", "《丝路》杂志": a title in 《》 that a media word follows names a
 * medium, an organisation of the story (the title without its marks). The media words are data
 * ({@code lexicon/media-kind-words.tsv}, shared with the document recogniser, which leaves such
 * titles alone).
 */
final class TitledMedia {

    private static final int MAX_TITLE = 30;

    private final WordTable mediaWords = new WordTable(
            LexiconFile.read("lexicon/media-kind-words.tsv").stream().map(row -> row[0]).toList());

    void find(ArticleScan scan, List<Candidate> out) {
        String m = scan.match;
        for (int open = m.indexOf('《'); open >= 0; open = m.indexOf('《', open + 1)) {
            int close = m.indexOf('》', open + 1);
            if (close < 0 || close - open - 1 < 2 || close - open > MAX_TITLE || m.substring(open, close).indexOf('\n') >= 0) {
                continue;
            }
            if (mediaWords.startingAt(m, close + 1) != null) {
                out.add(new Candidate(open + 1, close, null));
            }
        }
    }
}
