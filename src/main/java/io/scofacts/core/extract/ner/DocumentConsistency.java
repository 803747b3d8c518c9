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
 * in the story, and its untagged whole-word occurrences become candidates of that kind too.
 */
final class DocumentConsistency {

    private DocumentConsistency() {
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
        all.sort((a, b) -> Integer.compare(a[0], b[0]));
        return all;
    }
}
