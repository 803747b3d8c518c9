package io.scofacts.core.extract.event;

import io.scofacts.core.lexicon.LexiconFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A ceremony that launches or opens a named activity names two events: the ceremony and the
 * activity ("2024年“丝路”数字技术培训启动仪式" is that training's launch, and the training is an
 * event of its own). The activity counts when its part of the name is a name, not a description:
 * it holds a quoted title, a year or a name an earlier recogniser found. Activities and the
 * ceremonies they go with are data ({@code lexicon/event-launched-activities.tsv}).
 */
final class LaunchedActivities {

    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}年");

    /** Activity word → the ceremony heads it may stand right before; longest activity first. */
    private final Map<String, Set<String>> ceremoniesByActivity = new LinkedHashMap<>();

    LaunchedActivities() {
        List<String[]> rows = new ArrayList<>(LexiconFile.read("lexicon/event-launched-activities.tsv"));
        rows.sort((a, b) -> b[0].length() - a[0].length());
        for (String[] row : rows) {
            ceremoniesByActivity.put(row[0], Set.of(row[1].split(",")));
        }
    }

    /** The activities the named ceremonies among {@code found} launch, as names of their own. */
    List<HeadedName> find(String match, List<HeadedName> found, ViewMask names) {
        List<HeadedName> activities = new ArrayList<>();
        for (HeadedName ceremony : found) {
            if (!ceremony.named()) {
                continue;
            }
            for (Map.Entry<String, Set<String>> entry : ceremoniesByActivity.entrySet()) {
                String activity = entry.getKey();
                int activityStart = ceremony.headStart() - activity.length();
                if (entry.getValue().contains(ceremony.head()) && activityStart > ceremony.start()
                        && match.startsWith(activity, activityStart)
                        && isAName(match, ceremony.start(), activityStart, names)) {
                    activities.add(new HeadedName(ceremony.start(), ceremony.headStart(), activityStart, activity, true));
                    break;
                }
            }
        }
        return activities;
    }

    private static boolean isAName(String match, int start, int end, ViewMask names) {
        String words = match.substring(start, end);
        if (words.indexOf('“') >= 0 || words.indexOf('"') >= 0 || words.indexOf('「') >= 0 || YEAR.matcher(words).find()) {
            return true;
        }
        return names.any(start, end);
    }
}
