package io.scofacts.core.extract.event;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.EventMention;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.Recognizer;
import io.scofacts.core.factsheet.DateFact;
import io.scofacts.core.factsheet.Span;
import io.scofacts.core.lexicon.LexiconFile;
import io.scofacts.core.text.NormalizedText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Named events (forums, summits, sub-forums, expos, ceremonies with a name): a name ending in an
 * event head word (论坛, 峰会, 签约会 …; Forum, Summit …) or, in Russian, built on one (форум,
 * саммит …), kept only when the words around the head name it ("2025上合组织数字经济论坛", not
 * "此次论坛"). A mention's date is a stated day or month in its sentence; its place a place
 * named in the name or after 在/于 / in / в in its sentence. A named event mentioned without
 * date or place in a sentence that refers back to an earlier event ("论坛首日…在…签约会上")
 * takes that event's date and place.
 *
 * <p>Runs after the country, date, place and organisation recognisers: their mentions protect
 * names from being cut and give the date and place.
 */
public final class EventRecognizer implements Recognizer {

    private final ChineseHeadedNames chinese;
    private final TitleCaseNames english;
    private final CyrillicHeadedNames russian;
    private final ChinesePrefixTest prefixTest;
    private final EventPlaces places = new EventPlaces();

    public EventRecognizer() {
        List<String> chineseHeads = new ArrayList<>();
        Set<String> partHeads = new HashSet<>();
        List<String> englishHeads = new ArrayList<>();
        List<String> russianStems = new ArrayList<>();
        for (String[] row : LexiconFile.read("lexicon/event-heads.tsv")) {
            switch (row[1]) {
                case "zh" -> {
                    chineseHeads.add(row[0]);
                    if ("part".equals(row[2])) {
                        partHeads.add(row[0]);
                    }
                }
                case "en" -> englishHeads.add(row[0]);
                default -> russianStems.add(row[0]);
            }
        }
        chinese = new ChineseHeadedNames(chineseHeads, partHeads, WordList.read("lexicon/event-name-stops.tsv"),
                WordList.read("lexicon/event-determiners.tsv"), WordList.read("lexicon/event-head-blockers.tsv"));
        english = new TitleCaseNames(englishHeads, WordList.read("lexicon/event-english-words.tsv", "stop"),
                WordList.read("lexicon/event-english-words.tsv", "generic"));
        russian = new CyrillicHeadedNames(russianStems, WordList.read("lexicon/event-russian-words.tsv", "stop"),
                WordList.read("lexicon/event-russian-words.tsv", "generic"));
        prefixTest = new ChinesePrefixTest(WordList.read("lexicon/event-name-parts.tsv"));
    }

    @Override
    public void recognize(AnalyzedArticle article, Findings findings) {
        NormalizedText view = article.view();
        String match = view.matchText();
        String text = view.text();
        ViewMask names = NameContext.namesFound(view, findings);
        List<int[]> dates = new ArrayList<>();
        List<DateFact> dateFacts = new ArrayList<>();
        for (DateFact date : findings.dates()) {
            if ("day".equals(date.precision()) || "month".equals(date.precision())) {
                dates.add(ViewIndex.of(view, date.mention()));
                dateFacts.add(date);
            }
        }
        ViewMask dateMask = ViewMask.of(view, dateFacts.stream().map(DateFact::mention).toList());

        List<HeadedName> found = new ArrayList<>(chinese.find(match, names, dateMask,
                (m, start, headStart, head) -> prefixTest.names(m, start, headStart, names)));
        found.addAll(english.find(text));
        found.addAll(russian.find(text));
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));

        List<EventPlaces.Located> located = places.locate(view, findings);
        List<Attributed> named = new ArrayList<>();
        for (HeadedName name : found) {
            if (!name.named()) {
                continue;
            }
            int[] sentence = Sentences.around(text, name.start(), name.end());
            String date = dateIn(sentence, name, dates, dateFacts);
            String place = places.placeOf(match, text, name, sentence, located);
            if (date == null && place == null) {
                Attributed earlier = referredTo(found, named, sentence, name);
                if (earlier != null) {
                    date = earlier.date;
                    place = earlier.place;
                }
            }
            named.add(new Attributed(name, text.substring(name.start(), name.end()), date, place));
        }
        for (Attributed event : named) {
            Span span = view.originalSpan(event.name.start(), event.name.end());
            findings.addEvent(new EventMention(event.text, event.date, event.place, span));
        }
    }

    private record Attributed(HeadedName name, String text, String date, String place) {
    }

    /** The stated day or month nearest the name in its sentence, outside the name. */
    private static String dateIn(int[] sentence, HeadedName name, List<int[]> dates, List<DateFact> facts) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < dates.size(); i++) {
            int[] at = dates.get(i);
            if (at[0] < sentence[0] || at[1] > sentence[1] || (at[0] < name.end() && name.start() < at[1])) {
                continue;
            }
            int distance = at[1] <= name.start() ? name.start() - at[1] : at[0] - name.end();
            if (distance < bestDistance) {
                bestDistance = distance;
                best = facts.get(i).date();
            }
        }
        return best;
    }

    /**
     * The earlier named event a generic mention in this sentence refers back to ("论坛首日"):
     * one whose head the generic mention shares.
     */
    private static Attributed referredTo(List<HeadedName> found, List<Attributed> named, int[] sentence, HeadedName name) {
        for (HeadedName generic : found) {
            if (generic.named() || generic.start() < sentence[0] || generic.end() > sentence[1] || generic == name) {
                continue;
            }
            for (int i = named.size() - 1; i >= 0; i--) {
                Attributed earlier = named.get(i);
                if (earlier.name.head().equals(generic.head()) && (earlier.date != null || earlier.place != null)) {
                    return earlier;
                }
            }
        }
        return null;
    }
}
