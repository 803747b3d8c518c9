package io.scofacts.core.extract.date;

import io.scofacts.core.text.SortedSearch;
import io.scofacts.core.extract.date.DateExpression.CalendarDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the line in which a page states its own publication date: a label and a full date
 * ("时间:2025-07-16 15:34:35", "发布时间:2025年7月16日", "Published: July 16, 2025",
 * "Опубликовано: 16.07.2025"), or a full date with a time of day opening a line
 * ("2025-07-16 15:34 来源:新华社"). Only the head and the tail of the page count: a label
 * in the middle of a story is part of the story.
 */
final class PublicationLineFinder {

    private static final int HEAD = 5000;
    private static final int TAIL = 2000;
    /** Chars allowed between a label's colon and its date. */
    private static final int LABEL_GAP = 3;
    private static final Pattern TIME_AFTER = Pattern.compile("[ \\t]{1,3}\\d{1,2}:\\d{2}");

    private final Pattern label;
    /** How far before its colon a label can start: the longest label and the spaces allowed after it. */
    private final int labelReach;

    PublicationLineFinder(DateLexicon lexicon) {
        label = Pattern.compile("(?<![\\p{L}])(?iu:" + DateLexicon.alternation(lexicon.cues("publication-label"))
                + ")[ \\t]{0,3}[::]");
        labelReach = lexicon.cues("publication-label").stream().mapToInt(String::length).max().orElse(0) + 3;
    }

    /** The publication line among {@code dates} (non-overlapping, text order), if the page has one. */
    Optional<PublicationLine> find(String view, List<DateCandidate> dates) {
        Optional<PublicationLine> labelled = labelled(view, 0, Math.min(view.length(), HEAD), dates);
        if (labelled.isPresent()) {
            return labelled;
        }
        labelled = labelled(view, Math.max(0, view.length() - TAIL), view.length(), dates);
        return labelled.isPresent() ? labelled : timestampLine(view, dates);
    }

    /**
     * A label ends in a colon, so the label pattern is tried only just before each colon of
     * {@code view[from, to)}: tried at every char, its case-insensitive alternation and letter
     * look-behind cost more than the rest of date finding.
     */
    private Optional<PublicationLine> labelled(String view, int from, int to, List<DateCandidate> dates) {
        Matcher m = label.matcher(view).useTransparentBounds(true);
        for (int colon = nextColon(view, from, to); colon >= 0; colon = nextColon(view, colon + 1, to)) {
            m.region(Math.max(from, colon - labelReach), colon + 1);
            while (m.find()) {
                int i = firstStartingAtOrAfter(dates, m.end());
                for (; i < dates.size() && dates.get(i).start() <= m.end() + LABEL_GAP; i++) {
                    LocalDate day = fullDate(dates.get(i));
                    if (day != null) {
                        return Optional.of(new PublicationLine(dates.get(i), day));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static int nextColon(String view, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = view.charAt(i);
            if (c == ':' || c == '\uFF1A') {
                return i;
            }
        }
        return -1;
    }

    private static int firstStartingAtOrAfter(List<DateCandidate> dates, int offset) {
        return SortedSearch.firstAtLeast(dates.size(), i -> dates.get(i).start(), offset);
    }

    private static Optional<PublicationLine> timestampLine(String view, List<DateCandidate> dates) {
        for (DateCandidate date : dates) {
            if (date.start() >= HEAD) {
                break;
            }
            LocalDate day = fullDate(date);
            if (day != null && isMetadataLine(view, date)) {
                return Optional.of(new PublicationLine(date, day));
            }
        }
        return Optional.empty();
    }

    /**
     * A line that states when the page was published, not a sentence: the full date alone
     * ("2025-08-28"), opening the line before a time of day ("2025-07-16 15:34 来源:…"), after a
     * time of day ("08:07, July 11, 2025 People's Daily Online"), or after a short source name
     * and before a time ("Ke Ji Ri Bao·2025-07-21 00:36").
     */
    private static boolean isMetadataLine(String view, DateCandidate date) {
        int lineStart = view.lastIndexOf('\n', date.start() - 1) + 1;
        int lineEnd = view.indexOf('\n', date.end());
        lineEnd = lineEnd < 0 ? view.length() : lineEnd;
        String before = view.substring(lineStart, date.start()).strip();
        String after = view.substring(date.end(), lineEnd).strip();
        boolean timeAfter = TIME_AFTER.matcher(view).region(date.end(), lineEnd).lookingAt();
        if (before.isEmpty()) {
            return after.isEmpty() || timeAfter;
        }
        if (TIME_BEFORE.matcher(before).matches()) {
            return after.length() <= MAX_SOURCE_AFTER && after.chars().noneMatch(c -> SENTENCE_MARKS.indexOf(c) >= 0);
        }
        return timeAfter && before.length() <= MAX_SOURCE_BEFORE && before.chars().noneMatch(c -> SENTENCE_MARKS.indexOf(c) >= 0);
    }

    private static final Pattern TIME_BEFORE = Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2})?,?");
    private static final int MAX_SOURCE_AFTER = 40;
    private static final int MAX_SOURCE_BEFORE = 30;
    private static final String SENTENCE_MARKS = "。，,.!?！？;；";

    private static boolean opensLine(String view, int start) {
        int i = start - 1;
        while (i >= 0 && (view.charAt(i) == ' ' || view.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || view.charAt(i) == '\n';
    }

    private static LocalDate fullDate(DateCandidate candidate) {
        if (candidate.expression() instanceof CalendarDate calendar && calendar.day() > 0) {
            return YearChoice.dateOrNull(calendar.year(), calendar.month(), calendar.day());
        }
        return null;
    }
}
