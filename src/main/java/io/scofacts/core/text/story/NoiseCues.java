package io.scofacts.core.text.story;

import io.scofacts.core.lexicon.LexiconFile;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The page-furniture markers of {@code lexicon/text-noise-cues.tsv}, by kind. */
final class NoiseCues {

    static final String RESOURCE = "lexicon/text-noise-cues.tsv";

    enum Kind {
        /** A "more news" heading: the headline-like lines after it list other stories. */
        HEADING,
        /** A short line starting with it is furniture (editor, share bar, breadcrumb…). */
        START,
        /** A short line containing it is furniture (hotline, ad, copyright, reader call…). */
        CONTAINS,
        /** Starts the page footer (disclaimer, copyright statement). */
        FOOTER,
        /** A line containing it continues a footer. */
        FOOTER_WORD,
        /** A menu item: a run of short lines with one is a site menu. */
        NAV,
        /** A line ending with it is a teaser of another story. */
        TEASER_END,
        /** A short line starting with it credits the story (source, author) and stays. */
        KEEP
    }

    private final Map<Kind, CueSet> cues = new EnumMap<>(Kind.class);

    NoiseCues() {
        Map<Kind, List<String>> lists = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            lists.put(kind, new ArrayList<>());
        }
        for (String[] row : LexiconFile.read(RESOURCE)) {
            if (row.length < 2 || row[1].isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": a row needs a kind and a cue: " + String.join("\t", row));
            }
            Kind kind = Kind.valueOf(row[0].toUpperCase(Locale.ROOT).replace('-', '_'));
            lists.get(kind).add(MatchKey.of(row[1]));
        }
        lists.forEach((kind, list) -> cues.put(kind, new CueSet(list)));
    }

    CueSet get(Kind kind) {
        return cues.get(kind);
    }
}
