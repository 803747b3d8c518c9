package io.scofacts.core.extract.quote;

import io.scofacts.core.text.Han;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Attributes the quotations of one article in text order, remembering the named speakers so
 * far: a pronoun stands for the most recent named speaker in the same paragraph (one named
 * next to a speech verb since the last quotation, else the last quotation's), and a lone
 * surname ("Petrov said") for an earlier full name ending in it.
 */
final class SpeakerContext {

    /** How far back before a quotation a pronoun's antecedent is looked for, in chars. */
    private static final int ANTECEDENT_REACH = 600;
    private static final String LEAD_PUNCTUATION = " :：,，";
    private static final int MIN_LAST_PART = 2;
    private static final int MAX_LAST_PART = 8;
    /** How many paragraphs back a quotation or pronoun without a named speaker looks for one. */
    private static final int PARAGRAPHS_BACK = 2;

    private final String view;
    private final ChineseAttribution chinese;
    private final List<WordAttribution> spaced;
    private final List<String> namedSoFar = new ArrayList<>();
    private int scanned;
    private int paragraphStart;
    /** The starts of the last non-blank paragraphs before the current one, nearest last. */
    private final java.util.ArrayDeque<Integer> earlierParagraphs = new java.util.ArrayDeque<>();
    private int previousEnd;
    private String lastNamed;
    private int lastNamedParagraph = -1;

    private final List<String> chineseVerbs;
    private final Predicate<Character> transliteration;
    private Map<String, String> dottedNames;

    SpeakerContext(String view, ChineseAttribution chinese, List<WordAttribution> spaced, List<String> chineseVerbs,
            Predicate<Character> transliteration) {
        this.transliteration = transliteration;
        this.view = view;
        this.chinese = chinese;
        this.spaced = spaced;
        this.chineseVerbs = chineseVerbs;
    }

    /** Moves the paragraph bookkeeping up to {@code quotation} (quotations come in text order). */
    void advanceTo(Quotation quotation) {
        for (; scanned < quotation.open(); scanned++) {
            if (view.charAt(scanned) == '\n') {
                if (!view.substring(paragraphStart, scanned).isBlank()) {
                    earlierParagraphs.addLast(paragraphStart);
                    if (earlierParagraphs.size() > PARAGRAPHS_BACK) {
                        earlierParagraphs.removeFirst();
                    }
                }
                paragraphStart = scanned + 1;
            }
        }
    }

    void finished(Quotation quotation) {
        previousEnd = quotation.close() + 1;
    }

    private final java.util.Set<String> notSpeakers = new java.util.HashSet<>();

    /** A name that is never a speaker in this story (a country's). */
    void notASpeaker(String name) {
        notSpeakers.add(name);
    }

    /** The name of the person who speaks {@code quotation}, or null. */
    String speakerOf(Quotation quotation) {
        String name = namedSpeakerOf(quotation);
        return name == null || notSpeakers.contains(name) ? null : name;
    }

    private String namedSpeakerOf(Quotation quotation) {
        Speaker speaker = attribution(quotation);
        if (speaker == null) {
            String earlier = lastPartOfAnEarlierName(quotation);
            if (earlier == null) {
                earlier = earlierInParagraph(quotation);
            }
            return remember(earlier != null ? earlier : continued(quotation));
        }
        return remember(resolved(speaker, quotation));
    }

    private String resolved(Speaker speaker, Quotation quotation) {
        return switch (speaker.reference()) {
            // "别克穆哈梅多夫表示": the last part of a dotted name the story wrote earlier stands for it
            case NAME -> dottedNames().getOrDefault(speaker.name(), speaker.name());
            case PRONOUN -> antecedent(quotation);
            case SURNAME -> fullNameEndingWith(speaker.name(), quotation.open());
        };
    }

    /**
     * A quotation with no attribution of its own, in a paragraph where someone spoke before it, is
     * theirs: "于某表示,将推进…建设,“…”", "He stressed that…, noting that “…”", "X表示,…。他强调,…。“…”".
     */
    private String earlierInParagraph(Quotation quotation) {
        int from = Math.max(paragraphStart, previousEnd);
        if (from >= quotation.open() || !SpeechShape.standsAsSpeech(view, quotation) || attributedLater(quotation)) {
            return null;
        }
        Speaker named = chinese.lastSpeakerIn(view, from, quotation.open(), true);
        for (int i = 0; named == null && i < spaced.size(); i++) {
            named = spaced.get(i).lastSpeakerIn(view, from, quotation.open(), true);
        }
        return named == null ? null : resolved(named, quotation);
    }

    /**
     * A quotation that opens its paragraph with no attribution anywhere in that paragraph goes on
     * from the paragraph before: its speaker is the one who spoke there (a quotation attributed
     * there, or a name with a speech verb: "…, Bagdat Mussin said.⏎“Therefore, …”").
     */
    private String continued(Quotation quotation) {
        if (!opensParagraph(quotation.open()) || attributedLater(quotation)) {
            return null;
        }
        return speakerOfEarlierParagraphs();
    }

    /**
     * Only white space between the paragraph's start and {@code open}: read back from {@code open}, so
     * a paragraph of thousands of quotations is not copied once per quotation.
     */
    private boolean opensParagraph(int open) {
        for (int i = open - 1; i >= paragraphStart; i--) {
            if (!Character.isWhitespace(view.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The person who spoke last in the paragraphs just before this one: the speaker of a quotation
     * there, else a name with a speech verb ("…, Bagdat Mussin said.⏎He made the remark…⏎“…”").
     */
    private String speakerOfEarlierParagraphs() {
        if (lastNamed != null && earlierParagraphs.contains(lastNamedParagraph)) {
            return lastNamed;
        }
        int end = paragraphStart;
        for (java.util.Iterator<Integer> it = earlierParagraphs.descendingIterator(); it.hasNext(); ) {
            int start = it.next();
            Speaker named = chinese.lastNamedIn(view, start, end);
            for (int i = 0; named == null && i < spaced.size(); i++) {
                named = spaced.get(i).lastNamedIn(view, start, end);
            }
            if (named != null) {
                return named.name();
            }
            end = start;
        }
        return null;
    }

    /** Whether a speech verb follows the quotation in its own paragraph (its attribution, even one not understood). */
    private boolean attributedLater(Quotation quotation) {
        int lineEnd = view.indexOf('\n', quotation.close());
        int end = lineEnd < 0 ? view.length() : lineEnd;
        if (quotation.close() + 1 >= end) {
            return false;
        }
        return chinese.hasSpeechVerb(view, quotation.close() + 1, end)
                || spaced.stream().anyMatch(a -> a.hasSpeechVerb(view, quotation.close() + 1, end));
    }

    private String remember(String name) {
        if (name != null && !notSpeakers.contains(name)) {
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

    /**
     * "霍尔穆罗多夫表示:“…”" / "“…”霍尔穆罗多夫说": a transliterated name is too long and too
     * unlike a Chinese name for the attribution reader; it is the speaker when it is the last
     * part of a dotted name the story wrote earlier.
     */
    private String lastPartOfAnEarlierName(Quotation quotation) {
        int before = quotation.open();
        while (before > 0 && LEAD_PUNCTUATION.indexOf(view.charAt(before - 1)) >= 0) {
            before--;
        }
        for (String verb : chineseVerbs) {
            if (before >= verb.length() && view.startsWith(verb, before - verb.length())) {
                String name = lastPartEndingAt(before - verb.length());
                if (name != null) {
                    return name;
                }
            }
        }
        int after = quotation.close() + 1;
        while (after < view.length() && LEAD_PUNCTUATION.indexOf(view.charAt(after)) >= 0) {
            after++;
        }
        for (int length = MAX_LAST_PART; length >= MIN_LAST_PART; length--) {
            int end = after + length;
            if (end <= view.length() && allHan(after, end) && startsWithVerb(end)) {
                String name = dottedNames().get(view.substring(after, end));
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    private String lastPartEndingAt(int end) {
        for (int length = MAX_LAST_PART; length >= MIN_LAST_PART; length--) {
            int start = end - length;
            if (start >= 0 && allHan(start, end)) {
                String name = dottedNames().get(view.substring(start, end));
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /** Every dotted name of the story by its last part, the first written winning; read once, on demand. */
    private Map<String, String> dottedNames() {
        if (dottedNames == null) {
            dottedNames = new HashMap<>();
            for (int dot = view.indexOf('·'); dot > 0; dot = view.indexOf('·', dot + 1)) {
                int start = dot;
                while (start > 0 && (isNameChar(view.charAt(start - 1)))) {
                    start--;
                }
                int end = dot + 1;
                int lastDot = dot;
                while (end < view.length() && isNameChar(view.charAt(end))) {
                    lastDot = view.charAt(end) == '·' ? end : lastDot;
                    end++;
                }
                if (start < dot && lastDot + 1 < end && view.charAt(end - 1) != '·') {
                    dottedNames.putIfAbsent(view.substring(lastDot + 1, end), view.substring(start, end));
                }
                dot = Math.max(dot, end - 1);
            }
        }
        return dottedNames;
    }

    private boolean isNameChar(char c) {
        return c == '·' || transliteration.test(c);
    }

    private static boolean isHan(char c) {
        return Han.isHanScript(c);
    }

    private boolean startsWithVerb(int at) {
        return chineseVerbs.stream().anyMatch(verb -> view.startsWith(verb, at));
    }

    private boolean allHan(int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isHan(view.charAt(i))) {
                return false;
            }
        }
        return true;
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
        if (lastNamedParagraph == paragraphStart) {
            return lastNamed;
        }
        String earlier = speakerOfEarlierParagraphs();
        // "他表示：“…”" paragraphs after the story last quoted someone, with no one speaking since: them
        return earlier != null ? earlier : lastNamed;
    }

    private String fullNameEndingWith(String surname, int before) {
        for (int i = namedSoFar.size() - 1; i >= 0; i--) {
            String name = namedSoFar.get(i);
            if (name.equals(surname) || name.endsWith(" " + surname)) {
                return name;
            }
        }
        String written = EarlierFullName.of(view, surname, before);
        if (written != null) {
            return written;
        }
        // "Li Guohui … said Li": a Chinese name written in Latin letters puts the surname first
        for (int i = namedSoFar.size() - 1; i >= 0; i--) {
            String name = namedSoFar.get(i);
            if (name.startsWith(surname + " ") && name.indexOf(' ') == name.lastIndexOf(' ')) {
                return name;
            }
        }
        return EarlierFullName.surnameFirst(view, surname, before);
    }
}
