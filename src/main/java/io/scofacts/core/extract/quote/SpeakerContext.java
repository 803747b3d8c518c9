package io.scofacts.core.extract.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Attributes the quotations of one article in text order, remembering the named speakers so
 * far: a pronoun stands for the most recent named speaker in the same paragraph (one named
 * next to a speech verb since the last quotation, else the last quotation's), and a lone
 * surname ("Petrov said") for an earlier full name ending in it.
 */
final class SpeakerContext {

    /** How far back before a quotation a pronoun's antecedent is looked for, in chars. */
    private static final int ANTECEDENT_REACH = 600;

    private final String view;
    private final ChineseAttribution chinese;
    private final List<WordAttribution> spaced;
    private final List<String> namedSoFar = new ArrayList<>();
    private int scanned;
    private int paragraphStart;
    private int previousEnd;
    private String lastNamed;
    private int lastNamedParagraph = -1;

    SpeakerContext(String view, ChineseAttribution chinese, List<WordAttribution> spaced) {
        this.view = view;
        this.chinese = chinese;
        this.spaced = spaced;
    }

    /** Moves the paragraph bookkeeping up to {@code quotation} (quotations come in text order). */
    void advanceTo(Quotation quotation) {
        for (; scanned < quotation.open(); scanned++) {
            if (view.charAt(scanned) == '\n') {
                paragraphStart = scanned + 1;
            }
        }
    }

    void finished(Quotation quotation) {
        previousEnd = quotation.close() + 1;
    }

    /** The name of the person who speaks {@code quotation}, or null. */
    String speakerOf(Quotation quotation) {
        Speaker speaker = attribution(quotation);
        if (speaker == null) {
            return null;
        }
        String name = switch (speaker.reference()) {
            case NAME -> speaker.name();
            case PRONOUN -> antecedent(quotation);
            case SURNAME -> fullNameEndingWith(speaker.name());
        };
        if (name != null) {
            lastNamed = name;
            lastNamedParagraph = paragraphStart;
            if (!namedSoFar.contains(name)) {
                namedSoFar.add(name);
            }
        }
        return name;
    }

    private Speaker attribution(Quotation quotation) {
        if (SpeechShape.mayPrecedeAttribution(view, quotation)) {
            Speaker speaker = chinese.after(view, quotation.close());
            for (int i = 0; speaker == null && i < spaced.size(); i++) {
                speaker = spaced.get(i).after(view, quotation.close());
            }
            if (speaker != null) {
                return speaker;
            }
        }
        if (SpeechShape.mayFollowAttribution(view, quotation)) {
            Speaker speaker = chinese.before(view, quotation.open());
            for (int i = 0; speaker == null && i < spaced.size(); i++) {
                speaker = spaced.get(i).before(view, quotation.open());
            }
            return speaker;
        }
        return null;
    }

    private String antecedent(Quotation quotation) {
        int from = Math.max(Math.max(paragraphStart, previousEnd), quotation.open() - ANTECEDENT_REACH);
        if (from < quotation.open()) {
            Speaker named = chinese.lastNamedIn(view, from, quotation.open());
            for (int i = 0; named == null && i < spaced.size(); i++) {
                named = spaced.get(i).lastNamedIn(view, from, quotation.open());
            }
            if (named != null) {
                return named.name();
            }
        }
        return lastNamedParagraph == paragraphStart ? lastNamed : null;
    }

    private String fullNameEndingWith(String surname) {
        for (int i = namedSoFar.size() - 1; i >= 0; i--) {
            String name = namedSoFar.get(i);
            if (name.equals(surname) || name.endsWith(" " + surname)) {
                return name;
            }
        }
        return null;
    }
}
