package io.scofacts.core.extract.place;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.NameCandidate;
import io.scofacts.core.extract.PlaceMention;
import io.scofacts.core.extract.Recognizer;
import io.scofacts.core.extract.ner.RussianDictionary;
import io.scofacts.core.extract.ner.RussianWordForms;
import io.scofacts.core.factsheet.Span;
import io.scofacts.core.lexicon.LexiconFile;
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
 * capital. A name ending in an adjective takes the place noun after it or is none; a word naming
 * only a living being, a case form of a tagged person's surname or of a one-word organisation
 * name is no place. Case forms of a one-word name are one place, named by its shortest writing ("Карамай"
 * for "Карамай", "Карамае"); a longer name is named as the story first writes it (the name of
 * an oblique-case region, "Иссык-Кульской области", is what the story wrote). Runs after
 * the name tagger and the organisation recogniser.
 */
public final class TaggedPlaces implements Recognizer {

    static final String DESCRIPTORS = "lexicon/place-ru-descriptors.tsv";
    private static final int MAX_ENDING = 3;

    private static final class Descriptors {
        static final List<String> STEMS = LexiconFile.read(DESCRIPTORS).stream().map(row -> row[0]).toList();
    }

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
        RussianDictionary.Reader dictionary = RussianDictionary.reader();
        List<String> surnames = surnames(findings, view, text, dictionary);
        List<String> bodies = findings.organizations().stream().map(o -> o.name())
                .filter(name -> name.indexOf(' ') < 0 && name.length() > 2).toList();
        List<int[]> accepted = new ArrayList<>();
        for (NameCandidate candidate : findings.nameCandidates()) {
            if (candidate.kind() != NameCandidate.Kind.LOCATION || overlaps(taken, candidate.span())) {
                continue;
            }
            int start = view.viewIndexOf(candidate.span().start());
            int end = view.viewIndexOf(candidate.span().end());
            boolean described = start < end && (!Character.isUpperCase(text.charAt(start))
                    || afterDescriptor(text, start));
            while (start < end && !Character.isUpperCase(text.charAt(start))) {
                int space = text.indexOf(' ', start);
                start = space < 0 || space >= end ? end : space + 1;
            }
            if (start < end) {
                end = adjectiveHead(text, start, end, dictionary);
            }
            if (start < end && (described || !personWord(text, start, end, dictionary))
                    && !caseFormOf(text, start, end, surnames) && !caseFormOf(text, start, end, bodies)
                    && !FirstNames.opensPersonsName(text, start, end)
                    && (described || !capitalisedOnlyByPosition(text, start, end, dictionary))) {
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

    /**
     * A name ending in an adjective ("Дальневосточном федеральном", "Соединёнными") lacks its
     * noun: a lower-case noun naming a kind of place after it completes it ("… округе",
     * "… штатами"); without one ("Российской", "Хмельницкой атомной" before "электростанции")
     * it is part of some other name. Returns the name's end, or {@code start} when there is no
     * name.
     */
    private static int adjectiveHead(String text, int start, int end, RussianDictionary.Reader dictionary) {
        int last = text.lastIndexOf(' ', end - 1) + 1;
        if (last < start) {
            last = start;
        }
        if (!attributive(text, last, end, dictionary)) {
            return end;
        }
        int next = end + 1;
        if (next < text.length() && text.charAt(end) == ' ' && Character.isLowerCase(text.charAt(next))) {
            int after = next;
            while (after < text.length() && (Character.isLetter(text.charAt(after)) || text.charAt(after) == '-')) {
                after++;
            }
            if (descriptor(text.substring(next, after))) {
                return after;
            }
        }
        return start;
    }

    /**
     * A word the dictionary knows only as an adjective or a participle ("федеральном",
     * "Соединёнными"); surname readings of adjective forms ("Северными") do not count.
     */
    private static boolean attributive(String text, int start, int end, RussianDictionary.Reader dictionary) {
        if (end - start < 2 || !Character.isLetter(text.charAt(start))) {
            return false;
        }
        List<String> tags = dictionary.tags(fold(text.substring(start, end)));
        return tags.stream().anyMatch(tag -> tag.startsWith("ADJ") || tag.startsWith("PT"))
                && tags.stream().allMatch(tag -> tag.startsWith("ADJ") || tag.startsWith("PT") || tag.startsWith("NN:Fam"));
    }

    /**
     * One word the dictionary knows only as a living being's noun or an adjective ("Адвокат",
     * "Эксперты", "Чемпиона", "Учёные"): a person's title or a word opening a sentence, no place.
     * A form that can be prepositional ("Орле", after "в") is read as the place the preposition
     * introduces, and a word after a lower-case descriptor ("города Феникс") as the place it names.
     */
    private static boolean personWord(String text, int start, int end, RussianDictionary.Reader dictionary) {
        if (text.indexOf(' ', start) >= 0 && text.indexOf(' ', start) < end || end - start < 2
                || !Character.isLowerCase(text.charAt(start + 1))) {
            return false;
        }
        List<String> tags = dictionary.tags(fold(text.substring(start, end)));
        return !tags.isEmpty() && tags.stream().allMatch(tag -> tag.startsWith("NN:Anim") || tag.startsWith("ADJ"))
                && tags.stream().noneMatch(tag -> tag.endsWith(":P"));
    }

    /**
     * Whether a lower-case noun naming a kind of place stands right before {@code start}
     * ("города Феникс", "реки Лебедь"; stems in {@value #DESCRIPTORS}).
     */
    private static boolean afterDescriptor(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != ' ') {
            return false;
        }
        int from = start - 1;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        return descriptor(text.substring(from, start - 1));
    }

    /** A lower-case noun naming a kind of place ("города", "округе", "штатами"). */
    private static boolean descriptor(String word) {
        if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) {
            return false;
        }
        for (String stem : Descriptors.STEMS) {
            if (word.startsWith(stem) && word.length() - stem.length() <= MAX_ENDING) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last words of the people the tagger found whose first word may be a first name (the
     * dictionary knows it as one, or not at all): their surnames. "Западной Европы" or "День
     * Иерусалима" tagged as a person give none.
     */
    private static List<String> surnames(Findings findings, NormalizedText view, String text,
            RussianDictionary.Reader dictionary) {
        List<String> surnames = new ArrayList<>();
        for (NameCandidate candidate : findings.nameCandidates()) {
            if (candidate.kind() != NameCandidate.Kind.PERSON) {
                continue;
            }
            String name = text.substring(view.viewIndexOf(candidate.span().start()),
                    view.viewIndexOf(candidate.span().end())).strip();
            int space = name.lastIndexOf(' ');
            int first = name.indexOf(' ');
            if (space > 0 && space + 2 < name.length() && Character.isUpperCase(name.charAt(0))
                    && Character.isUpperCase(name.charAt(space + 1))
                    && (classes(name, 0, first, dictionary)
                            & (RussianDictionary.FIRST_NAME | RussianDictionary.UNKNOWN)) != 0) {
                surnames.add(name.substring(space + 1));
            }
        }
        return surnames;
    }

    /** One word that is a case form of one of {@code names}: a person's surname ("Бута" after "Виктор Бут"), a body's one-word name. */
    private static boolean caseFormOf(String text, int start, int end, List<String> surnames) {
        String word = text.substring(start, end);
        if (word.indexOf(' ') >= 0) {
            return false;
        }
        return surnames.stream().anyMatch(s -> RussianWordForms.sameWord(s, word));
    }

    private static int classes(String text, int start, int end, RussianDictionary.Reader dictionary) {
        if (end - start < 2 || !Character.isLetter(text.charAt(start))) {
            return RussianDictionary.UNKNOWN;
        }
        return dictionary.classes(fold(text.substring(start, end)));
    }

    /**
     * "Меморандум о …", "Стратегию …" opening a sentence or a list item: a one-word name that the
     * dictionary knows as an ordinary word and that the story capitalises only where a sentence
     * starts is that word, not a place. (A place a gazetteer lists was found before this runs.)
     */
    private static boolean capitalisedOnlyByPosition(String text, int start, int end, RussianDictionary.Reader dictionary) {
        if (text.indexOf(' ', start) >= 0 && text.indexOf(' ', start) < end || !opensSentence(text, start)
                || dictionary.tags(fold(text.substring(start, end))).isEmpty()) {
            return false;
        }
        String word = text.substring(start, end);
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            if (!opensSentence(text, at) && (at == 0 || !Character.isLetter(text.charAt(at - 1)))) {
                return false;
            }
        }
        return true;
    }

    /** Whether only spaces, list marks or quotes stand between {@code at} and a sentence's or line's end before it. */
    private static boolean opensSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && " \t•-–—*«\"(".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i < 0 || ".!?\n:;".indexOf(text.charAt(i)) >= 0;
    }

    private static String fold(String word) {
        return word.toLowerCase(java.util.Locale.ROOT).replace('ё', 'е');
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
