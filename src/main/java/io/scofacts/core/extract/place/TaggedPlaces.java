package io.scofacts.core.extract.place;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.NameCandidate;
import io.scofacts.core.extract.PlaceMention;
import io.scofacts.core.extract.Recognizer;
import io.scofacts.core.extract.ner.RussianWordForms;
import io.scofacts.core.factsheet.Span;
import io.scofacts.core.text.NormalizedText;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * Judges the locations the statistical tagger proposes in a Russian story, for places no
 * gazetteer lists ("в городе Карамай", "Тверской площади"). Countries and gazetteer places are
 * already reported by their recognisers, so a location over one of them adds nothing, and a
 * location inside an organisation's name belongs to that name ("Шанхайской организации"); lower-case
 * words before the name ("городе", "реки") are not part of it; a name must then start with a
 * capital. Case forms of a one-word name are one place, named by its shortest writing ("Карамай"
 * for "Карамай", "Карамае"); a longer name is named as the story first writes it (the name of
 * an oblique-case region, "Иссык-Кульской области", is what the story wrote). Runs after
 * the name tagger and the organisation recogniser.
 */
public final class TaggedPlaces implements Recognizer {

    @Override
    public void recognize(AnalyzedArticle article, Findings findings) {
        if (findings.nameCandidates().isEmpty()) {
            return;
        }
        NormalizedText view = article.view();
        String text = view.text();
        BitSet taken = new BitSet();
        findings.countries().forEach(c -> taken.set(c.span().start(), c.span().end()));
        findings.places().forEach(p -> taken.set(p.span().start(), p.span().end()));
        findings.organizations().forEach(o -> taken.set(o.span().start(), o.span().end()));
        List<int[]> accepted = new ArrayList<>();
        for (NameCandidate candidate : findings.nameCandidates()) {
            if (candidate.kind() != NameCandidate.Kind.LOCATION || overlaps(taken, candidate.span())) {
                continue;
            }
            int start = view.viewIndexOf(candidate.span().start());
            int end = view.viewIndexOf(candidate.span().end());
            while (start < end && !Character.isUpperCase(text.charAt(start))) {
                int space = text.indexOf(' ', start);
                start = space < 0 || space >= end ? end : space + 1;
            }
            if (start < end) {
                accepted.add(new int[] {start, end});
            }
        }
        accepted.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> kept = new ArrayList<>();
        PlaceNames names = new PlaceNames();
        for (int[] at : accepted) {
            Span span = view.originalSpan(at[0], at[1]);
            if (!overlaps(taken, span)) {
                taken.set(span.start(), span.end());
                kept.add(at);
                names.add(text.substring(at[0], at[1]));
            }
        }
        for (int[] at : kept) {
            findings.addPlace(new PlaceMention(names.nameOf(text.substring(at[0], at[1])), null,
                    view.originalSpan(at[0], at[1])));
        }
    }

    private static boolean overlaps(BitSet taken, Span span) {
        int next = taken.nextSetBit(span.start());
        return next >= 0 && next < span.end();
    }

    /**
     * The places among the writings of a story: case forms of a one-word name are one place
     * under its shortest writing; a longer name is one place with every writing whose words are
     * case forms of its words, under its first writing.
     */
    private static final class PlaceNames {

        private final Map<String, List<String>> byBucket = new HashMap<>();
        private final Map<String, String> nameByWriting = new HashMap<>();

        void add(String written) {
            if (nameByWriting.containsKey(written)) {
                return;
            }
            List<String> bucket = byBucket.computeIfAbsent(RussianWordForms.bucket(written), k -> new ArrayList<>());
            for (int i = 0; i < bucket.size(); i++) {
                String name = bucket.get(i);
                if (samePlace(name, written)) {
                    if (written.indexOf(' ') < 0 && written.length() < name.length()) {
                        bucket.set(i, written);
                        nameByWriting.replaceAll((w, n) -> n.equals(name) ? written : n);
                        nameByWriting.put(written, written);
                    } else {
                        nameByWriting.put(written, name);
                    }
                    return;
                }
            }
            bucket.add(written);
            nameByWriting.put(written, written);
        }

        String nameOf(String written) {
            return nameByWriting.getOrDefault(written, written);
        }

        private static boolean samePlace(String a, String b) {
            boolean oneWord = a.indexOf(' ') < 0 && b.indexOf(' ') < 0;
            return oneWord ? RussianWordForms.sameWord(a, b)
                    : RussianWordForms.containsName(a, b) && RussianWordForms.containsName(b, a);
        }
    }
}
