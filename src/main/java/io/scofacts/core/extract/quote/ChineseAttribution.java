package io.scofacts.core.extract.quote;

import io.scofacts.core.extract.quote.PhraseTable.Match;
import io.scofacts.core.extract.quote.SpeechLexicon.ChineseWord;

/**
 * Finds who speaks a quotation in Chinese text: a speaker phrase and speech verb right after
 * the closing mark (“…”王建华说 / “…,”他表示) or right before the opening mark (王建华表示:“…”).
 * Only a few chars of punctuation may stand between the marks and the attribution, and a
 * speaker phrase never crosses a sentence, a comma or another quotation.
 */
final class ChineseAttribution {

    /** Longest speaker phrase: titles and affiliations can be long, but not a paragraph. */
    static final int MAX_PHRASE = 60;
    private static final int MAX_GAP = 3;
    /** How far into the sentence after a quotation its attribution may stand. */
    private static final int MAX_SENTENCE = 100;
    private static final String GAP_CHARS = ",:。 ";
    private static final String SENTENCE_ENDS = "。!?;\n";
    private static final String PHRASE_STOPS = "。!?;,:\n“”「」『』\"«»()[]";

    private final PhraseTable<ChineseWord> words;
    private final ChineseSpeakerName names;

    ChineseAttribution(SpeechLexicon lexicon) {
        this.words = lexicon.chineseWords();
        this.names = new ChineseSpeakerName(lexicon, words);
    }

    /**
     * The speaker named after the closing mark at {@code close}, or null: right after it
     * (“…”王建华说), or in the sentence the quotation opens, after a time or place said first
     * (“…”前不久,在天津举办的论坛上,埃及前部长艾哈迈德·达维什说): then the speaker phrase is
     * the part of the sentence between the last comma and the first speech verb.
     */
    Speaker after(String view, int close) {
        int start = skipGap(view, close + 1);
        int limit = Math.min(view.length(), start + MAX_SENTENCE);
        int phraseStart = start;
        int i = start;
        while (i < limit && SENTENCE_ENDS.indexOf(view.charAt(i)) < 0) {
            char c = view.charAt(i);
            if (c == '“' || c == '「' || c == '"') {
                return null;
            }
            if (PHRASE_STOPS.indexOf(c) >= 0) {
                phraseStart = i + 1;
                i++;
                continue;
            }
            Match<ChineseWord> word = words.longestAt(view, i, limit);
            if (word != null && word.kind() == ChineseWord.VERB) {
                return i > phraseStart && i - phraseStart <= MAX_PHRASE ? names.speakerOf(view, phraseStart, i) : null;
            }
            i += word == null ? 1 : word.length();
        }
        return null;
    }

    /**
     * The speaker named before the opening mark at {@code open}, or null: a speech verb there
     * (王建华表示:“…”), or a bare name and colon opening a sentence or line (王建华:“…”).
     */
    Speaker before(String view, int open) {
        int verbEnd = open;
        for (int gap = 0; gap < MAX_GAP && verbEnd > 0 && GAP_CHARS.indexOf(view.charAt(verbEnd - 1)) >= 0; gap++) {
            verbEnd--;
        }
        Speaker speaker = speakerOfVerbEndingAt(view, verbEnd, 0);
        return speaker != null ? speaker : colonSpeaker(view, open);
    }

    private Speaker colonSpeaker(String view, int open) {
        int colon = open - 1;
        while (colon >= 0 && open - colon <= MAX_GAP && view.charAt(colon) == ' ') {
            colon--;
        }
        if (colon < 1 || view.charAt(colon) != ':') {
            return null;
        }
        int start = colon;
        while (start > 0 && colon - start < MAX_PHRASE && PHRASE_STOPS.indexOf(view.charAt(start - 1)) < 0) {
            start--;
        }
        boolean opensSentence = start == 0 || SENTENCE_ENDS.indexOf(view.charAt(start - 1)) >= 0;
        Speaker speaker = opensSentence && start < colon ? names.speakerOf(view, start, colon) : null;
        return speaker != null && speaker.fullName() ? speaker : null;
    }

    /**
     * The most recent named speaker of a speech verb in view chars {@code [from, to)} (for a
     * pronoun: "王建华介绍,……。他说"), or null. Scans backwards; the caller bounds the range.
     */
    Speaker lastNamedIn(String view, int from, int to) {
        return lastSpeakerIn(view, from, to, false);
    }

    /** The last speaker with a speech verb in {@code [from, to)}, a pronoun ("他说") too when {@code pronouns}. */
    Speaker lastSpeakerIn(String view, int from, int to, boolean pronouns) {
        for (int end = to; end > from; end--) {
            Speaker speaker = speakerOfVerbEndingAt(view, end, from);
            if (speaker != null && (pronouns || !speaker.pronoun())) {
                return speaker;
            }
        }
        return null;
    }

    private Speaker speakerOfVerbEndingAt(String view, int verbEnd, int floor) {
        Match<ChineseWord> verb = words.longestEndingAt(view, verbEnd, floor);
        if (verb == null || verb.kind() != ChineseWord.VERB) {
            return null;
        }
        // The longest word ending here decides: in "据说" it is not the verb "说".
        int verbStart = verbEnd - verb.length();
        int phraseStart = verbStart;
        while (phraseStart > floor && verbStart - phraseStart < MAX_PHRASE
                && PHRASE_STOPS.indexOf(view.charAt(phraseStart - 1)) < 0) {
            phraseStart--;
        }
        return phraseStart < verbStart ? names.speakerOf(view, phraseStart, verbStart) : null;
    }

    /** Whether a speech verb stands in view chars {@code [from, to)}. */
    boolean hasSpeechVerb(String view, int from, int to) {
        for (int i = from; i < to; i++) {
            Match<ChineseWord> word = words.longestAt(view, i, to);
            if (word != null && word.kind() == ChineseWord.VERB) {
                return true;
            }
            i += word == null ? 0 : word.length() - 1;
        }
        return false;
    }

    private static int skipGap(String view, int from) {
        int i = from;
        while (i < view.length() && i - from < MAX_GAP && GAP_CHARS.indexOf(view.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }
}
