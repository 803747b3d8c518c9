package io.scofacts.core.extract.ner;

import io.scofacts.core.extract.NameCandidate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One story, one reading of a name: the tagger labels each occurrence on its own, and may call
 * "ФАО" an organisation in one sentence and miss it in the next, or call "Свиридова" a person
 * four times and a place once. Every written name takes the kind the tagger gave it most often
 * in the story, and its untagged whole-word occurrences, and the case forms of a one-word name, become
 * candidates of that kind too.
 */
final class DocumentConsistency {

    private DocumentConsistency() {
    }

    /**
     * Untagged capitalised words that are case forms of a one-word name the tagger found
     * ("Каменск-Шахтинского" after "Каменск-Шахтинский"), as candidates of that name's kind;
     * a form of two names of different kinds is left alone.
     */
    private static void addCaseForms(String text, Map<String, Integer> kindOf, BitSet tagged, List<int[]> all) {
        Map<String, List<String>> byBucket = new HashMap<>();
        Map<String, Integer> kindOfWord = new HashMap<>();
        kindOf.forEach((written, kind) -> {
            // "городе Карамай": the name is the capitalised word after the lower-case kind words
            String name = written.substring(written.lastIndexOf(' ') + 1);
            boolean kindWordsOnly = written.substring(0, written.length() - name.length()).chars()
                    .allMatch(c -> c == ' ' || Character.isLowerCase(c));
            if (kindWordsOnly && isOneWord(name) && Character.isUpperCase(name.charAt(0))
                    && kindOfWord.merge(name, kind, (a, b) -> a.equals(b) ? a : -1) == kind) {
                byBucket.computeIfAbsent(RussianWordForms.bucket(name), k -> new ArrayList<>()).add(name);
            }
        });
        if (byBucket.isEmpty()) {
            return;
        }
        WordTokens tokens = WordTokens.of(text);
        for (int t = 0; t < tokens.size(); t++) {
            int start = tokens.start(t);
            int end = tokens.end(t);
            int next = tagged.nextSetBit(start);
            if (!tokens.isCapitalised(t) || next >= 0 && next < end) {
                continue;
            }
            String word = text.substring(start, end);
            int kind = -1;
            for (String name : byBucket.getOrDefault(RussianWordForms.bucket(word), List.of())) {
                int k = kindOfWord.get(name);
                if (k >= 0 && RussianWordForms.sameWord(name, word)) {
                    kind = kind < 0 || kind == k ? k : -2;
                }
            }
            if (kind >= 0) {
                all.add(new int[] {start, end, kind});
                tagged.set(start, end);
            }
        }
    }

    private static boolean isOneWord(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (!Character.isLetter(name.charAt(i)) && name.charAt(i) != '-') {
                return false;
            }
        }
        return !name.isEmpty();
    }

    /** The names as {start, end, kind ordinal}, in text order. */
    static List<int[]> of(String text, List<NameTagger.TaggedName> names) {
        Map<String, int[]> votes = new LinkedHashMap<>();
        BitSet tagged = new BitSet();
        for (NameTagger.TaggedName name : names) {
            votes.computeIfAbsent(text.substring(name.start(), name.end()), k -> new int[NameCandidate.Kind.values().length])
                    [name.kind().ordinal()]++;
            tagged.set(name.start(), name.end());
        }
        Map<String, Integer> kindOf = new HashMap<>();
        votes.forEach((written, count) -> {
            int best = 0;
            for (int k = 1; k < count.length; k++) {
                best = count[k] > count[best] ? k : best;
            }
            kindOf.put(written, best);
        });
        List<int[]> all = new ArrayList<>();
        for (NameTagger.TaggedName name : names) {
            all.add(new int[] {name.start(), name.end(), kindOf.get(text.substring(name.start(), name.end()))});
        }
        for (int[] at : Occurrences.of(text, votes.keySet())) {
            int next = tagged.nextSetBit(at[0]);
            if (next < 0 || next >= at[1]) {
                all.add(new int[] {at[0], at[1], kindOf.get(text.substring(at[0], at[1]))});
                tagged.set(at[0], at[1]);
            }
        }
        addCaseForms(text, kindOf, tagged, all);
        all.sort((a, b) -> Integer.compare(a[0], b[0]));
        return all;
    }
}
