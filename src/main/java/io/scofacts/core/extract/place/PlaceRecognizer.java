package io.scofacts.core.extract.place;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.PlaceMention;
import io.scofacts.core.extract.Recognizer;
import io.scofacts.core.text.NormalizedText;
import io.scofacts.core.lexicon.ChineseWords;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds every named place below country level: provinces, cities, regions, districts, ports
 * and zones, in Chinese (simplified, and traditional through the view's matching text),
 * English and Russian (any case form: "в Ташкенте" reports Ташкент; a name of several words is
 * reported as first written, "Иссык-Кульской области"). Names come from the gazetteer lexicon;
 * Chinese names are extended over administrative and zone suffixes (天津港保税区, 纳曼干地区),
 * and short unknown names before a strong zone suffix are read too (东疆综合保税区, Angren Free
 * Economic Zone, Жамбылская область).
 *
 * <p>Countries are not places (the country recogniser reports them), nor are regions of
 * several countries (中亚, 非洲). A place that starts an organisation's name (天津市数据局,
 * Tianjin University) belongs to that name and is not reported; a place inside an event's name
 * (天津峰会) is, as the event happens there. A name written with a bare level word (天津市,
 * Tianjin Municipality) is reported under its short name, so both writings group as one place.
 */
public final class PlaceRecognizer implements Recognizer {

    private final GazetteerMatcher gazetteer;
    private final ChinesePlaceReading chinese;
    private final AlphabeticPlaceReading alphabetic;
    private final ZoneStemFinder zoneStems;
    private final AlphabeticZoneFinder alphabeticZones;
    private final PlaceFrame frame;

    public PlaceRecognizer() {
        PlaceLexicon lexicon = new PlaceLexicon();
        this.gazetteer = new GazetteerMatcher(lexicon.entries);
        this.chinese = new ChinesePlaceReading(lexicon);
        this.alphabetic = new AlphabeticPlaceReading(lexicon);
        this.zoneStems = new ZoneStemFinder(lexicon, chinese);
        this.alphabeticZones = new AlphabeticZoneFinder(lexicon);
        this.frame = new PlaceFrame(lexicon);
    }

    @Override
    public void recognize(AnalyzedArticle article, Findings findings) {
        NormalizedText view = article.view();
        char[] text = ScanText.of(view.matchText());
        CharSequence chars = java.nio.CharBuffer.wrap(text); // one view of the text for the word lookups
        boolean[] covered = new boolean[text.length];
        List<FoundPlace> found = new ArrayList<>();
        CountryMarks countries = CountryMarks.of(view, findings.countries());
        int readUntil = 0;
        int placeEnd = -1;
        for (GazetteerMatcher.Hit hit : gazetteer.match(text)) {
            if (hit.start() < readUntil || countries.overlaps(hit.start(), hit.end())) {
                continue;
            }
            if (FirstNames.opensPersonsName(chars, hit.start(), hit.end())
                    || !hit.entry().alphabetic() && insideCommonWord(chars, hit.start(), hit.end())) {
                cover(covered, hit.start(), hit.end());
                readUntil = hit.end();
                continue;
            }
            FoundPlace place = read(text, hit, placeEnd);
            // a name that needs evidence and has none leaves its start to a shorter name (天津港 without a frame is 天津 + 港)
            for (GazetteerMatcher.Hit shorter = hit; place == null && shorter.entry().kind().needsEvidence(); ) {
                shorter = gazetteer.longestAt(text, hit.start(), shorter.end() - 1);
                if (shorter == null) {
                    break;
                }
                place = read(text, shorter, placeEnd);
            }
            if (place == null) {
                cover(covered, hit.start(), hit.end());
                readUntil = hit.end();
                continue;
            }
            for (FoundPlace unit = place; unit != null; unit = hit.entry().alphabetic() ? null : chinese.nextInChain(text, unit)) {
                found.add(unit);
                cover(covered, unit.start(), unit.end());
                readUntil = unit.end();
                placeEnd = unit.end();
            }
        }
        zoneStems.find(text, covered, countries, found);
        alphabeticZones.find(text, covered, countries, found);
        found.sort(Comparator.comparingInt(FoundPlace::start));
        java.util.Map<String, String> firstWritten = new java.util.HashMap<>();
        for (FoundPlace place : joinZones(text, found)) {
            String written = view.text().substring(place.nameStart(), place.nameEnd());
            String name = place.name() != null ? place.name() : written;
            if (place.name() != null && place.name().indexOf(' ') > 0
                    && RussianPlaceForms.forms(place.name()).contains(written)) {
                // a Russian name of several words in an oblique case ("Иссык-Кульской области") is
                // reported as the story first writes it, for every case form of that place; a form
                // the declension does not make ("Ферганской областей", after "Наманганской и") is not
                name = firstWritten.computeIfAbsent(place.name(), key -> written);
            }
            findings.addPlace(new PlaceMention(name, place.country(), view.originalSpan(place.start(), place.end())));
        }
    }

    /**
     * "缓解大城市交通拥堵": a place name (大城, a county) that opens a longer common word in HanLP's
     * dictionary (大城市, "big city", a noun far more frequent than the county) is part of that word.
     */
    private static boolean insideCommonWord(CharSequence chars, int start, int end) {
        ChineseWords words = ChineseWords.instance();
        int place = words.find(chars, start, end);
        for (int wordEnd = Math.min(chars.length(), end + 2); wordEnd > end; wordEnd--) {
            int word = words.find(chars, start, wordEnd);
            if (word >= 0 && "n".equals(words.tag(word)) && words.frequency(word) > (place >= 0 ? words.frequency(place) : 0)) {
                return true;
            }
        }
        return false;
    }

    private List<FoundPlace> joinZones(char[] text, List<FoundPlace> sorted) {
        List<FoundPlace> joined = new ArrayList<>(sorted.size());
        for (FoundPlace place : sorted) {
            FoundPlace previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            FoundPlace zone = previous == null || previous.name() != null ? null : chinese.joinedZone(text, previous, place);
            if (zone != null) {
                joined.set(joined.size() - 1, zone);
            } else {
                joined.add(place);
            }
        }
        return joined;
    }

    private static void cover(boolean[] covered, int start, int end) {
        for (int i = start; i < end; i++) {
            covered[i] = true;
        }
    }

    private FoundPlace read(char[] text, GazetteerMatcher.Hit hit, int placeEnd) {
        GazetteerEntry entry = hit.entry();
        if (entry.kind() == GazetteerEntry.Kind.BLOCK) {
            return null;
        }
        if (entry.alphabetic()) {
            return alphabetic.read(text, hit.start(), hit.end(), entry);
        }
        boolean framed = entry.kind() == GazetteerEntry.Kind.CANDIDATE && frame.holds(text, hit.start(), hit.end(), placeEnd);
        return chinese.read(text, hit.start(), hit.end(), entry, framed);
    }
}
