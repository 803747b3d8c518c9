package io.scofacts.core.cases;

import io.scofacts.core.lexicon.LexiconFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Whether a sentence says who organised an event, or that something was signed or released. */
final class SentenceCues {

    static final String LEXICON = "lexicon/case-sentence-cues.tsv";
    static final String ORGANISER = "organiser";
    static final String SIGNING = "signing";
    static final String ANAPHOR = "anaphor";
    static final String EVENT_ANAPHOR = "event-anaphor";
    /** How far into a sentence a reference back to the project may stand ("据介绍，该项目…"). */
    private static final int OPENING = 12;

    private final Map<String, List<String>> hanForms = new HashMap<>();
    private final Map<String, List<String>> wordForms = new HashMap<>();

    SentenceCues() {
        for (String[] row : LexiconFile.read(LEXICON)) {
            boolean prefix = row[1].endsWith("*");
            String form = NameWords.fold(prefix ? row[1].substring(0, row[1].length() - 1) : row[1]);
            if (NameWords.isHan(form.charAt(0))) {
                hanForms.computeIfAbsent(row[0], k -> new ArrayList<>()).add(form);
            } else {
                wordForms.computeIfAbsent(row[0], k -> new ArrayList<>()).add(" " + form + (prefix ? "" : " "));
            }
        }
    }

    /** True when the sentence's opening words refer back to what the previous sentence named. */
    boolean opensWith(String kind, String sentence) {
        return has(kind, sentence.substring(0, Math.min(sentence.length(), OPENING + 8)));
    }

    boolean has(String kind, String sentence) {
        String folded = NameWords.fold(sentence);
        for (String form : hanForms.getOrDefault(kind, List.of())) {
            if (folded.contains(form)) {
                return true;
            }
        }
        String spaced = " " + folded + " ";
        for (String form : wordForms.getOrDefault(kind, List.of())) {
            if (spaced.contains(form)) {
                return true;
            }
        }
        return false;
    }
}
