package io.scofacts.core.extract.event;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.EventMention;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.Recognizer;
import io.scofacts.core.factsheet.DateFact;
import io.scofacts.core.factsheet.Span;
import io.scofacts.core.lexicon.LexiconFile;
import io.scofacts.core.lexicon.OrganizationShortNames;
import io.scofacts.core.text.NameKey;
import io.scofacts.core.text.NormalizedText;
import io.scofacts.core.text.Sentences;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    private final ChinesePrefixRule prefixTest;
    private final LaunchedActivities launchedActivities;
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
        launchedActivities = new LaunchedActivities();
        prefixTest = new ChinesePrefixRule(WordList.read("lexicon/event-name-parts.tsv"));
    }

    @Override
    public void recognize(AnalyzedArticle article, Findings findings) {
        NormalizedText view = article.view();
        String match = view.matchText();
        String text = view.text();
        ViewMask names = NameContext.namesFound(view, findings);
        List<int[]> dates = new ArrayList<>();
        List<DateFact> dateFacts = new ArrayList<>();
        List<DateFact> stated = new ArrayList<>(findings.dates());
        stated.sort((a, b) -> a.mention().compareTo(b.mention()));
        for (DateFact date : stated) {
            if ("day".equals(date.precision()) || "month".equals(date.precision())) {
                dates.add(ViewIndex.of(view, date.mention()));
                dateFacts.add(date);
            }
        }
        ViewMask dateMask = ViewMask.of(view, dateFacts.stream().map(DateFact::mention).toList());

        List<HeadedName> found = new ArrayList<>(chinese.find(match, names, dateMask,
                (m, start, headStart, head) -> prefixTest.names(m, start, headStart, names)));
        found.addAll(launchedActivities.find(match, found, names));
        found.addAll(english.find(text));
        found.addAll(russian.find(text));
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));

        List<EventPlaces.Located> located = places.locate(view, findings);
        List<int[]> placeRanges = located.stream().map(place -> new int[] {place.start(), place.end()}).toList();
        List<HeadedName> generic = found.stream().filter(name -> !name.named()).toList();
        List<int[]> genericRanges = generic.stream().map(name -> new int[] {name.start(), name.end()}).toList();
        Map<String, Attributed> lastWithAttributes = new HashMap<>();
        List<Attributed> named = new ArrayList<>();
        Sentences sentences = Sentences.of(text);
        for (HeadedName name : found) {
            if (!name.named()) {
                continue;
            }
            int[] sentence = sentences.around(name.start(), name.end());
            // the simplified match text: "以来" and "自" read the same in either script
            String date = dateIn(match, sentence, name, dates, dateFacts);
            String place = places.placeOf(match, text, name, sentence, located, placeRanges);
            if (date == null && place == null) {
                Attributed earlier = referredTo(generic, genericRanges, lastWithAttributes, sentence);
                if (earlier != null) {
                    date = earlier.date;
                    place = earlier.place;
                }
            }
            Attributed event = new Attributed(name, text.substring(name.start(), name.end()), date, place);
            named.add(event);
            if (date != null || place != null) {
                lastWithAttributes.put(name.head(), event);
            }
        }
        Map<String, String> fullNames = fullNames(match, named);
        for (Attributed event : named) {
            Span span = view.originalSpan(event.name.start(), event.name.end());
            String name = fullNames.getOrDefault(expandedKey(match, event), event.text);
            findings.addEvent(new EventMention(name, event.date, event.place, span));
        }
    }

    /**
     * "中国—上合组织…论坛" and "中国—上海合作组织…论坛" are one forum, and so are "2025年上海合作组织
     * (上合组织)峰会", "上海合作组织峰会" and "2025 SCO Summit" beside "SCO Summit": names compared with
     * organisations' short forms written out, a bracketed aside, a leading year and a leading
     * ordinal (第七届) set apart. Names that state different years or ordinals stay apart; the others
     * are reported under the first name the story writes in full, a dated one first.
     */
    private static Map<String, String> fullNames(String match, List<Attributed> named) {
        Map<String, List<Attributed>> byCore = new java.util.LinkedHashMap<>();
        for (Attributed event : named) {
            byCore.computeIfAbsent(EventNameCore.of(expanded(match, event)).core(), k -> new ArrayList<>()).add(event);
        }
        Map<String, String> fullByKey = new HashMap<>();
        for (List<Attributed> group : byCore.values()) {
            java.util.Set<String> qualifiers = new java.util.HashSet<>();
            group.forEach(event -> {
                String qualifier = EventNameCore.at(match, event.name.start(), event.name.end()).qualifier();
                if (!qualifier.isEmpty()) {
                    qualifiers.add(qualifier);
                }
            });
            if (qualifiers.size() > 1) {
                // "2024年…峰会" and "2025年…峰会": two summits; each keeps its own name
                for (Attributed event : group) {
                    String matched = match.substring(event.name.start(), event.name.end());
                    if (OrganizationShortNames.instance().expanded(matched).equals(matched)) {
                        fullByKey.putIfAbsent(expandedKey(match, event), event.text);
                    }
                }
                continue;
            }
            String representative = null;
            for (Attributed event : group) {
                String matched = match.substring(event.name.start(), event.name.end());
                boolean full = OrganizationShortNames.instance().expanded(matched).equals(matched);
                boolean qualified = !EventNameCore.at(match, event.name.start(), event.name.end()).qualifier().isEmpty();
                if (full && (representative == null || qualified && EventNameCore.of(
                        OrganizationShortNames.instance().expanded(representative)).qualifier().isEmpty())) {
                    representative = event.text;
                }
            }
            if (representative == null) {
                // no name written in full: the first dated one, else the first
                representative = group.stream()
                        .filter(event -> !EventNameCore.at(match, event.name.start(), event.name.end()).qualifier().isEmpty())
                        .findFirst().orElse(group.get(0)).text;
            }
            for (Attributed event : group) {
                fullByKey.putIfAbsent(expandedKey(match, event), representative);
            }
        }
        return fullByKey;
    }

    private static String expanded(String match, Attributed event) {
        return OrganizationShortNames.instance().expanded(match.substring(event.name.start(), event.name.end()));
    }

    private static String expandedKey(String match, Attributed event) {
        return NameKey.of(expanded(match, event));
    }

    private record Attributed(HeadedName name, String text, String date, String place) {
    }

    /** The stated day or month nearest the name in its sentence, outside the name; dates are in text order. */
    /**
     * "自2023年5月正式启用以来", "since May 2023": a date opening a period up to now dates what
     * began then, not the event the sentence reports.
     */
    private static boolean opensAPeriod(String text, int[] date) {
        int before = date[0];
        while (before > 0 && text.charAt(before - 1) == ' ') {
            before--;
        }
        boolean since = before > 0 && (text.charAt(before - 1) == '自' || text.charAt(before - 1) == '从'
                || text.startsWith("since", Math.max(0, before - 5)) || text.startsWith("Since", Math.max(0, before - 5)));
        if (!since) {
            return false;
        }
        int limit = Math.min(text.length(), date[1] + PERIOD_REACH);
        String after = text.substring(date[1], limit);
        boolean chinese = text.charAt(before - 1) == '自' || text.charAt(before - 1) == '从';
        return !chinese || after.contains("以来") || after.contains("起");
    }

    /** How far after a date its period's closing word (以来) may stand. */
    private static final int PERIOD_REACH = 14;

    /** What joins the first and last day of a span of days ("17日至18日", "17–18 June", "17-18 июня"). */
    private static final List<String> RANGE_JOINERS = List.of("至", "到", "-", "–", "—", "~", "～", " - ", " – ", " to ", " по ");

    /** Whether the date at {@code last} ends a span of days opened by the date at {@code first}. */
    private static boolean closesRange(String text, int[] first, int[] last) {
        if (first[1] > last[0] || last[0] - first[1] > 4) {
            return false;
        }
        String between = text.substring(first[1], last[0]);
        return RANGE_JOINERS.contains(between);
    }

    private static final int OTHER_CLAUSE = 100_000;
    private static String dateIn(String text, int[] sentence, HeadedName name, List<int[]> dates, List<DateFact> facts) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = Ranges.firstStartingFrom(dates, sentence[0]); i < dates.size() && dates.get(i)[0] < sentence[1]; i++) {
            int[] at = dates.get(i);
            if (at[0] < sentence[0] || at[1] > sentence[1] || (at[0] < name.end() && name.start() < at[1])
                    || opensAPeriod(text, at)) {
                continue;
            }
            int distance = at[1] <= name.start() ? name.start() - at[1] : at[0] - name.end();
            if (!ClauseMarks.noneBetween(text, Math.min(at[1], name.end()), Math.max(at[0], name.start()))) {
                // "2023年5月19日在西安举行的首届…峰会成果、2024年12月1日在成都…": a date of the next
                // clause belongs to what that clause reports; it dates the event only if none is nearer
                distance += OTHER_CLAUSE;
            }
            if (distance < bestDistance) {
                bestDistance = distance;
                // "7月17日至18日": an event spanning days is dated by its first day
                best = i > 0 && closesRange(text, dates.get(i - 1), at) ? facts.get(i - 1).date() : facts.get(i).date();
            }
        }
        return best;
    }

    /**
     * The latest earlier event with a date or place that a generic mention in this sentence
     * refers back to ("论坛首日"): one whose head the generic mention shares.
     */
    private static Attributed referredTo(List<HeadedName> generic, List<int[]> genericRanges,
            Map<String, Attributed> lastWithAttributes, int[] sentence) {
        for (int i = Ranges.firstStartingFrom(genericRanges, sentence[0]); i < generic.size() && generic.get(i).start() < sentence[1]; i++) {
            Attributed earlier = lastWithAttributes.get(generic.get(i).head());
            if (earlier != null) {
                return earlier;
            }
        }
        return null;
    }
}
