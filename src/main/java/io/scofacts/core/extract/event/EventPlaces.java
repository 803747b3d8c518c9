package io.scofacts.core.extract.event;

import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.OrganizationMention;
import io.scofacts.core.extract.PlaceMention;
import io.scofacts.core.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an event is held: a place named at the start or end of its name ("天津峰会"), else a place
 * after 在/于 in its sentence ("于天津开幕"), "in"/"at" (English) or "в"/"во" (Russian), else the
 * words between 在/于 and a holding verb ("在黄河岸边的兰州举行" → 兰州) when no place recogniser
 * has marked them.
 */
final class EventPlaces {

    private static final int MAX_GAP = 12;
    private static final int MAX_PLACE = 10;
    private static final int MAX_VERB_WORDS = 3;
    private static final String[] LOCATIVES = {" in ", " в ", " во "};
    /** Capitalised words after "in" that say when, not where. */
    private final WordList monthsAndDays = WordList.read("lexicon/event-english-words.tsv", "when");
    /** Lower-case words of region before a country's possessive ("north China's"). */
    private final WordList regions = WordList.read("lexicon/event-english-words.tsv", "region");

    private final WordList holdingVerbs = WordList.read("lexicon/event-place-verbs.tsv", "verb");
    private final WordList timeEndings = WordList.read("lexicon/event-place-verbs.tsv", "time");

    /** The places found so far, in view positions, without those inside an organisation's name. */
    record Located(String name, int start, int end) {
    }

    List<Located> locate(NormalizedText view, Findings findings) {
        List<int[]> organizations = new ArrayList<>();
        for (OrganizationMention organization : findings.organizations()) {
            organizations.add(ViewIndex.of(view, organization.span()));
        }
        List<Located> places = new ArrayList<>();
        for (PlaceMention place : findings.places()) {
            int[] at = ViewIndex.of(view, place.span());
            boolean inOrganization = false;
            for (int[] organization : organizations) {
                inOrganization |= organization[0] <= at[0] && at[1] <= organization[1] && at[1] - at[0] < organization[1] - organization[0];
            }
            if (!inOrganization) {
                places.add(new Located(place.name(), at[0], at[1]));
            }
        }
        places.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return places;
    }

    /** Where an event is held; {@code places} are those of {@link #locate} and {@code ranges} their view ranges. */
    String placeOf(String match, String text, HeadedName event, int[] sentence, List<Located> places, List<int[]> ranges) {
        for (int i = Ranges.firstStartingFrom(ranges, event.start()); i < places.size() && places.get(i).start() < event.end(); i++) {
            Located place = places.get(i);
            if (place.start() >= event.start() && place.end() <= event.end()) {
                return place.name();
            }
        }
        // the first place introduced in the event's own clause, else the first in the sentence:
        // "…第八次会议在青岛举行;…第四次会议在新疆举行" gives each meeting its own place
        int chosen = -1;
        for (int i = Ranges.firstStartingFrom(ranges, sentence[0]); i < places.size() && places.get(i).start() < sentence[1]; i++) {
            Located place = places.get(i);
            if (place.start() >= sentence[0] && place.end() <= sentence[1]
                    && (place.end() <= event.start() || place.start() >= event.end()) && introduced(match, place.start())) {
                boolean own = ClauseMarks.noneBetween(text, Math.min(place.end(), event.end()), Math.max(place.start(), event.start()));
                if (own) {
                    chosen = i;
                    break;
                }
                if (chosen < 0) {
                    chosen = i;
                }
            }
        }
        if (chosen >= 0) {
            int i = chosen;
            Located place = places.get(i);
            // "在新疆乌鲁木齐举行": a chain of places narrows down to the last, most specific one
            while (i + 1 < places.size() && places.get(i + 1).start() == place.end()
                    && places.get(i + 1).end() <= sentence[1]) {
                place = places.get(++i);
            }
            return place.name();
        }
        String held = heldAt(match, text, sentence);
        return held != null ? held : heldIn(text, event, sentence);
    }

    /**
     * "… Forum in Tianjin", "… Forum was held in Tianjin", "… форум открылся в Тяньцзине": the
     * capitalised word after "in"/"в" following the name and at most a few lower-case words.
     */
    private String heldIn(String text, HeadedName event, int[] sentence) {
        int position = event.end();
        for (int words = 0; words <= MAX_VERB_WORDS && position < sentence[1] && text.charAt(position) == ' '; words++) {
            for (String locative : LOCATIVES) {
                int start = position + locative.length();
                if (start < sentence[1] && text.startsWith(locative, position) && Character.isUpperCase(text.charAt(start))) {
                    int end = start;
                    while (end < sentence[1] && end - start <= MAX_GAP * 2
                            && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-')) {
                        end++;
                    }
                    String place = text.substring(start, end);
                    return monthsAndDays.contains(place) ? null : place;
                }
            }
            int next = position + 1;
            while (next < sentence[1] && Character.isLowerCase(text.charAt(next))) {
                next++;
            }
            if (next == position + 1) {
                return null;
            }
            position = next;
        }
        return null;
    }

    /**
     * Whether a locative word (在, 于, in, at, в) comes shortly before {@code start} within the
     * clause; in English also before the country the place lies in, with a word of region before
     * it ("in north China's Tianjin", "in Kazakhstan's Almaty").
     */
    private boolean introduced(String match, int start) {
        return introducedRightBefore(match, start) || introducedRightBefore(match, afterLocating(match, start));
    }

    /** Where "[region] Country's " before {@code start} begins, or {@code start} when there is none. */
    private int afterLocating(String match, int start) {
        int possessive = -1;
        for (String mark : new String[] {"'s ", "’s "}) {
            if (start >= mark.length() + 1 && match.startsWith(mark, start - mark.length())) {
                possessive = start - mark.length();
            }
        }
        if (possessive < 0) {
            return start;
        }
        int country = possessive;
        while (country > 0 && Character.isLetter(match.charAt(country - 1))) {
            country--;
        }
        if (country == possessive || !Character.isUpperCase(match.charAt(country))) {
            return start;
        }
        int region = country - 1;
        int regionStart = region;
        while (regionStart > 0 && Character.isLowerCase(match.charAt(regionStart - 1))) {
            regionStart--;
        }
        boolean regionWord = region > 0 && match.charAt(region) == ' ' && regionStart < region
                && regions.contains(match.substring(regionStart, region));
        return regionWord ? regionStart : country;
    }

    private static boolean introducedRightBefore(String match, int start) {
        for (String word : new String[] {"in ", "at ", "In ", "At ", "в ", "во ", "В "}) {
            if (start >= word.length() && match.startsWith(word, start - word.length())
                    && (start == word.length() || !Character.isLetter(match.charAt(start - word.length() - 1)))) {
                return true;
            }
        }
        for (int i = start - 1; i >= 0 && start - i <= MAX_GAP; i--) {
            char c = match.charAt(i);
            if (c == '在' || c == '于') {
                return true;
            }
            if (!Character.isLetterOrDigit(c) || c < 0x2E80) {
                return false;
            }
        }
        return false;
    }

    /**
     * The words between 在/于 and a holding verb in the sentence, after the last 的; or, for a
     * fronted locative ("在黄河岸边的兰州,…论坛隆重开幕"), the words up to the comma when a
     * holding verb follows later in the sentence.
     */
    private String heldAt(String match, String text, int[] sentence) {
        for (int i = sentence[0]; i < sentence[1]; i++) {
            char c = match.charAt(i);
            if (c != '在' && c != '于') {
                continue;
            }
            int from = i + 1;
            for (int j = from; j < sentence[1] && j - from <= MAX_GAP; j++) {
                char d = match.charAt(j);
                boolean verb = holdingVerbs.startingAt(match, j) != null;
                boolean comma = d == ',' || d == '，';
                if (verb || comma) {
                    if (comma && !holdingVerbFollows(match, j, sentence[1])) {
                        break;
                    }
                    int start = from;
                    for (int k = from; k < j; k++) {
                        if (match.charAt(k) == '的') {
                            start = k + 1;
                        }
                    }
                    if (j - start >= 2 && j - start <= MAX_PLACE && timeEndings.endingAt(match, j) == null) {
                        return text.substring(start, j);
                    }
                    break;
                }
                if (!Character.isLetter(d) && d != '·') {
                    break;
                }
            }
        }
        return null;
    }

    private boolean holdingVerbFollows(String match, int from, int end) {
        for (int j = from; j < end; j++) {
            if (holdingVerbs.startingAt(match, j) != null) {
                return true;
            }
        }
        return false;
    }
}
