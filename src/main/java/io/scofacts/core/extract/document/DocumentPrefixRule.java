package io.scofacts.core.extract.document;

import io.scofacts.core.extract.event.ChinesePrefixRule;
import io.scofacts.core.extract.event.ViewMask;
import io.scofacts.core.extract.event.WordList;
import java.util.Set;

/**
 * Whether the words before a Chinese document head name a document: they must hold a name part
 * (see {@link ChinesePrefixRule}); before a weak head (计划, 协议, 报告 …) also at least two more
 * characters that are neither name parts nor generic words ("中哈数字经济合作协议" yes, "中哈合作协议" no).
 */
final class DocumentPrefixRule {

    private static final int MIN_EXTRA = 2;

    private final ChinesePrefixRule nameTest;
    private final WordList nameParts;
    private final WordList genericWords;
    private final Set<String> weakHeads;

    DocumentPrefixRule(WordList nameParts, WordList genericWords, Set<String> weakHeads) {
        this.nameTest = new ChinesePrefixRule(nameParts);
        this.nameParts = nameParts;
        this.genericWords = genericWords;
        this.weakHeads = Set.copyOf(weakHeads);
    }

    boolean names(String match, int start, int headStart, String head, ViewMask namesFound) {
        if (!nameTest.names(match, start, headStart, namesFound)) {
            return false;
        }
        if (headStart - start <= 2 && match.charAt(headStart - 1) == '方') {
            // a party ("中方倡议", "俄方声明") says who speaks, it does not name a text
            return false;
        }
        if (!weakHeads.contains(head)) {
            return true;
        }
        boolean[] explained = new boolean[headStart - start];
        for (int i = start; i < headStart; i++) {
            char c = match.charAt(i);
            explained[i - start] = namesFound.marked(i) || !Character.isLetter(c) || c < 0x2E80;
        }
        mark(match, start, headStart, nameParts, explained);
        mark(match, start, headStart, genericWords, explained);
        int extra = 0;
        for (boolean known : explained) {
            extra += known ? 0 : 1;
        }
        return extra >= MIN_EXTRA;
    }

    private static void mark(String match, int start, int end, WordList words, boolean[] explained) {
        for (int i = start; i < end; i++) {
            String word = words.startingAt(match, i);
            if (word != null && i + word.length() <= end) {
                for (int k = 0; k < word.length(); k++) {
                    explained[i - start + k] = true;
                }
            }
        }
    }
}
