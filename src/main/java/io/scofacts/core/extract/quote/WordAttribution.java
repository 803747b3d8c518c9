package io.scofacts.core.extract.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds who speaks a quotation in English or Russian text:
 * after the closing mark: "…," said Ivan Petrov / "…," Deputy Minister Ivan Petrov said /
 * "…," Petrov, deputy minister, said / «…», — сказал министр Иван Петров;
 * before the opening mark: Ivan Petrov said: "…" / According to Ivan Petrov, "…" /
 * Иван Петров заявил: «…» / По словам Ивана Петрова, «…».
 * A name is a run of capitalised words after the last title word in it (titles from
 * {@code lexicon/person-titles.tsv}); a run with a word that never names a person ("Ministry",
 * "The") is cut after that word.
 */
final class WordAttribution {

    /** How far from a quotation mark the attribution may reach, in chars. */
    static final int WINDOW = 200;
    private static final int MAX_LEADING_PUNCTUATION = 3;
    /** Words between a verb and the opening mark: "told reporters on Tuesday:". */
    private static final int MAX_AFTER_VERB = 4;
    /** Words of an apposition between a name and its verb: "Petrov, deputy minister of …, said". */
    private static final int MAX_APPOSITION = 12;
    private static final int MAX_STRETCH_AFTER_VERB = 12;
    private static final int MAX_DESCRIPTION = 4;
    private static final Set<String> DESCRIPTION_OPENERS = Set.of("the", "this", "that");
    /** A relative pronoun after a name and a comma opens a clause about that person ("X, who said:"). */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "который", "которая");

    private final List<String[]> verbs = new ArrayList<>();
    private final Set<String> titleWords = new HashSet<>();
    private final Set<String> pronouns;
    /** Words that may stand between a speaker and the speech verb ("has", "также"). */
    private final Set<String> auxiliaries;
    private final Set<String> notNames;
    private final List<String> patronymicEndings;
    /** Russian puts the affiliation (in the genitive) before the name: take the last run after a verb. */
    private final boolean nameIsLastRun;
    private final WordTokenizer tokenizer;

    WordAttribution(SpeechLexicon lexicon, String language) {
        lexicon.words("verb", language).forEach(v -> verbs.add(v.split(" ")));
        verbs.sort(Comparator.comparingInt((String[] v) -> v.length).reversed());
        Set<String> abbreviations = new HashSet<>();
        for (String title : lexicon.words("title", language)) {
            for (String word : title.split("[ ]")) {
                titleWords.add(word);
                if (word.endsWith(".")) {
                    abbreviations.add(word.substring(0, word.length() - 1));
                }
            }
        }
        pronouns = Set.copyOf(lexicon.words("pronoun", language));
        auxiliaries = Set.copyOf(lexicon.words("auxiliary", language));
        notNames = Set.copyOf(lexicon.words("not-name", language));
        patronymicEndings = lexicon.words("patronymic-ending", language);
        nameIsLastRun = "ru".equals(language);
        tokenizer = new WordTokenizer(abbreviations);
    }

    /** The speaker named after the closing mark at {@code close}, or null. */
    Speaker after(String view, int close) {
        List<WordToken> tokens = tokenizer.tokenize(view, close + 1, Math.min(view.length(), close + 1 + WINDOW));
        int i = 0;
        while (i < tokens.size() && i < MAX_LEADING_PUNCTUATION && tokens.get(i).type() == WordToken.Type.PUNCTUATION) {
            i++;
        }
        if (i >= tokens.size() || !tokens.get(i).isWord()) {
            return null;
        }
        int verb = verbLength(tokens, i);
        if (verb > 0) {
            Speaker named = nameAfterVerb(view, tokens, i + verb, tokens.size());
            return named != null ? named : description(tokens, i + verb, tokens.size());
        }
        Speaker named = nameThenVerb(view, tokens, i);
        return named != null ? named : descriptionThenVerb(tokens, i);
    }

    /**
     * «…», — сказал китайский лидер / "…," said the minister: a few lower-case words for the
     * speaker, which stand for the person named last, as a pronoun does.
     */
    private Speaker description(List<WordToken> tokens, int from, int to) {
        int i = from;
        while (i < to && i - from < MAX_DESCRIPTION && tokens.get(i).isWord() && !tokens.get(i).isCapitalised()) {
            i++;
        }
        boolean closed = i == to || tokens.get(i).type() == WordToken.Type.PUNCTUATION || tokens.get(i).type() == WordToken.Type.BREAK;
        return i > from && closed && DESCRIPTION_OPENERS.contains(tokens.get(from).lower()) == isEnglish(tokens.get(from))
                ? Speaker.pronoun(tokens.get(from).text()) : null;
    }

    /** "…," the minister said. */
    private Speaker descriptionThenVerb(List<WordToken> tokens, int i) {
        if (!DESCRIPTION_OPENERS.contains(tokens.get(i).lower())) {
            return null;
        }
        int k = i + 1;
        while (k < tokens.size() && k - i <= MAX_DESCRIPTION && tokens.get(k).isWord() && !tokens.get(k).isCapitalised()
                && verbLength(tokens, k) == 0) {
            k++;
        }
        return k > i + 1 && k < tokens.size() && verbLength(tokens, k) > 0 ? Speaker.pronoun(tokens.get(i).text()) : null;
    }

    /** English descriptions open with an article or demonstrative; Russian ones need none. */
    private static boolean isEnglish(WordToken token) {
        char c = token.text().charAt(0);
        return c < 0x0400;
    }

    /**
     * The speaker named before the opening mark at {@code open}, or null. The verb may stand a
     * few words before the mark ("told reporters on Tuesday:"), or further when the words
     * between name the speaker ("По словам министра … Жаслана Мадиева,"). Without a verb, a
     * full name and a colon opening a line or sentence name the speaker too ("Иван Петров: «…»").
     */
    Speaker before(String view, int open) {
        int from = Math.max(0, open - WINDOW);
        List<WordToken> tokens = tokenizer.tokenize(view, from, open);
        Speaker verbal = verbBefore(view, tokens);
        return verbal != null ? verbal : colonBefore(view, tokens, from == 0);
    }

    private Speaker verbBefore(String view, List<WordToken> tokens) {
        int last = tokens.size() - 1;
        for (int p = 0; p < 2 && last >= 0 && tokens.get(last).type() == WordToken.Type.PUNCTUATION; p++) {
            last--;
        }
        for (int start = last; start >= 0 && start >= last - MAX_STRETCH_AFTER_VERB && tokens.get(start).isWord(); start--) {
            int verb = verbLength(tokens, start);
            if (verb == 0 || start + verb - 1 > last) {
                continue;
            }
            Speaker after = nameAfterVerb(view, tokens, start + verb, last + 1);
            if (start < last - MAX_AFTER_VERB) {
                return after;
            }
            Speaker before = nameBeforeVerb(view, tokens, start);
            if (before != null && before.reference() != Speaker.Reference.SURNAME) {
                return before;
            }
            return after != null ? after : before;
        }
        return null;
    }

    /** "Иван Петров: «…»": a full name right before a colon, at the start of a line or sentence. */
    private Speaker colonBefore(String view, List<WordToken> tokens, boolean fromTextStart) {
        int colon = tokens.size() - 1;
        if (colon < 1 || !tokens.get(colon).is(":")) {
            return null;
        }
        int start = colon;
        while (start > 0 && isNamePart(tokens.get(start - 1))) {
            start--;
        }
        boolean opensSentence = start == 0 ? fromTextStart
                : tokens.get(start - 1).type() == WordToken.Type.BREAK || tokens.get(start - 1).is("—");
        Speaker speaker = start < colon && opensSentence ? cleanName(view, tokens, start, colon, false) : null;
        return speaker != null && speaker.fullName() ? speaker : null;
    }

    /** Whether a speech verb stands in view chars {@code [from, to)}. */
    boolean hasSpeechVerb(String view, int from, int to) {
        List<WordToken> tokens = tokenizer.tokenize(view, from, to);
        for (int p = 0; p < tokens.size(); p++) {
            if (verbLength(tokens, p) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The most recent full name attached to a speech verb in view chars {@code [from, to)}, or
     * null. Russian often names the speaker after the verb ("Об этом на встрече с X заявил Y").
     */
    Speaker lastNamedIn(String view, int from, int to) {
        return lastSpeakerIn(view, from, to, false);
    }

    /** The last speaker with a speech verb in {@code [from, to)}, a pronoun ("he said") too when {@code pronouns}. */
    Speaker lastSpeakerIn(String view, int from, int to, boolean pronouns) {
        List<WordToken> tokens = tokenizer.tokenize(view, from, to);
        for (int p = tokens.size() - 1; p >= 0; p--) {
            int verb = verbLength(tokens, p);
            if (verb == 0) {
                continue;
            }
            Speaker speaker = nameIsLastRun ? nameAfterVerb(view, tokens, p + verb, tokens.size()) : nameBeforeVerb(view, tokens, p);
            if (speaker == null || !speaker.fullName()) {
                speaker = nameIsLastRun ? nameBeforeVerb(view, tokens, p) : nameAfterVerb(view, tokens, p + verb, tokens.size());
            }
            if (speaker != null && (speaker.fullName() || pronouns && speaker.pronoun())) {
                return speaker;
            }
        }
        return null;
    }

    /** A name or pronoun starting at token {@code i}, then (after an optional apposition) a verb. */
    private Speaker nameThenVerb(String view, List<WordToken> tokens, int i) {
        if (pronouns.contains(tokens.get(i).lower())) {
            return verbLength(tokens, i + 1) > 0 ? Speaker.pronoun(tokens.get(i).text()) : null;
        }
        int end = i;
        while (end < tokens.size() && isNamePart(tokens.get(end))) {
            end++;
        }
        if (end == i) {
            return null;
        }
        int verbAt = end;
        if (end < tokens.size() && tokens.get(end).is(",")) {
            int k = end + 1;
            while (k < tokens.size() && k - end <= MAX_APPOSITION && !tokens.get(k).is(",")
                    && tokens.get(k).type() != WordToken.Type.BREAK) {
                k++;
            }
            verbAt = k < tokens.size() && tokens.get(k).is(",") ? k + 1 : -1;
        }
        return verbAt >= 0 && verbLength(tokens, verbAt) > 0 ? cleanName(view, tokens, i, end, false) : null;
    }

    /**
     * The name or pronoun in the run that ends right before the verb at token {@code verb}, or
     * before an apposition there ("Zhang Ming, Secretary-General of the SCO, said").
     */
    private Speaker nameBeforeVerb(String view, List<WordToken> tokens, int verbAt) {
        int verb = verbAt;
        // "Mirziyoyev has stressed", "Петров также отметил"
        while (verb > 1 && auxiliaries.contains(tokens.get(verb - 1).lower())) {
            verb--;
        }
        if (verb == 0) {
            return null;
        }
        // "President Kassym-Jomart Tokayev, who stated:", "министр Иван Петров, который заявил:"
        if (verb >= 2 && RELATIVE_PRONOUNS.contains(tokens.get(verb - 1).lower()) && tokens.get(verb - 2).is(",")) {
            verb -= 2;
            int start = verb;
            while (start > 0 && isNamePart(tokens.get(start - 1))) {
                start--;
            }
            return start < verb ? cleanName(view, tokens, start, verb, start > 0 && isTitle(tokens.get(start - 1))) : null;
        }
        if (pronouns.contains(tokens.get(verb - 1).lower())) {
            return Speaker.pronoun(tokens.get(verb - 1).text());
        }
        int end = verb;
        if (tokens.get(verb - 1).is(",")) {
            int k = verb - 2;
            while (k >= 0 && verb - k <= MAX_APPOSITION && !tokens.get(k).is(",")
                    && tokens.get(k).type() != WordToken.Type.BREAK) {
                k--;
            }
            if (k < 0 || !tokens.get(k).is(",")) {
                return null;
            }
            end = k;
        }
        int start = end;
        while (start > 0 && isNamePart(tokens.get(start - 1))) {
            start--;
        }
        return start < end ? cleanName(view, tokens, start, end, start > 0 && isTitle(tokens.get(start - 1))) : null;
    }

    /** The name after a verb, in the words up to the next punctuation: "said Deputy Minister Ivan Petrov". */
    private Speaker nameAfterVerb(String view, List<WordToken> tokens, int from, int to) {
        if (from >= to) {
            return null;
        }
        if (pronouns.contains(tokens.get(from).lower())) {
            return Speaker.pronoun(tokens.get(from).text());
        }
        int stretchEnd = from;
        while (stretchEnd < to && stretchEnd - from < MAX_STRETCH_AFTER_VERB && tokens.get(stretchEnd).isWord()) {
            stretchEnd++;
        }
        Speaker appositive = nameAfterTitledBody(view, tokens, from, stretchEnd, to);
        if (appositive != null) {
            return appositive;
        }
        Speaker chosen = null;
        int i = from;
        while (i < stretchEnd) {
            if (!isNamePart(tokens.get(i))) {
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < stretchEnd && isNamePart(tokens.get(runEnd))) {
                runEnd++;
            }
            Speaker speaker = cleanName(view, tokens, i, runEnd, i > from && isTitle(tokens.get(i - 1)));
            if (speaker != null) {
                chosen = speaker;
                if (!nameIsLastRun) {
                    break;
                }
            }
            i = runEnd;
        }
        return chosen;
    }

    /**
     * "said Deputy Chairperson of the State Committee for IT, Ivan Petrov": a title and the body it
     * is held in, then the name after a comma; the name is the run after the comma.
     */
    private Speaker nameAfterTitledBody(String view, List<WordToken> tokens, int from, int stretchEnd, int to) {
        if (!isTitle(tokens.get(from)) || stretchEnd + 1 >= to || !tokens.get(stretchEnd).is(",")) {
            return null;
        }
        int runEnd = stretchEnd + 1;
        while (runEnd < to && tokens.get(runEnd).isWord() && tokens.get(runEnd).isCapitalised()) {
            runEnd++;
        }
        int length = runEnd - stretchEnd - 1;
        boolean closed = runEnd == to || !tokens.get(runEnd).isWord();
        if (length < 2 || length > 3 || !closed) {
            return null;
        }
        Speaker name = cleanName(view, tokens, stretchEnd + 1, runEnd, true);
        return name != null && name.fullName() ? name : null;
    }

    /**
     * The name in tokens {@code [from, to)}: what follows the last title, possessive or
     * not-a-name word. More than three words keep the last two ("Kazakhstan Ivan Petrov");
     * in Russian three words keep the last two unless the middle one is a patronymic.
     */
    private Speaker cleanName(String view, List<WordToken> tokens, int from, int to, boolean titledBefore) {
        int start = from;
        boolean titled = titledBefore;
        for (int t = from; t < to; t++) {
            WordToken token = tokens.get(t);
            boolean title = isTitle(token);
            if (title || !token.isCapitalised() || notNames.contains(token.lower()) || isPossessive(token)) {
                start = t + 1;
                titled = title;
            }
        }
        int length = to - start;
        if (length <= 0) {
            return null;
        }
        if (length > 3 || length == 3 && nameIsLastRun && !isPatronymic(tokens.get(start + 1))) {
            start = to - 2;
        }
        String name = view.substring(tokens.get(start).start(), tokens.get(to - 1).end());
        return to - start == 1 && !titled ? Speaker.surname(name) : Speaker.named(name);
    }

    /** A word that can belong to a "title + name" run: capitalised, a title, or an acronym ("SCO Secretary-General"). */
    private boolean isNamePart(WordToken token) {
        return token.isCapitalised() || isTitle(token) || token.isAcronym();
    }

    private boolean isTitle(WordToken token) {
        return token.isWord() && titleWords.contains(token.lower());
    }

    private static boolean isPossessive(WordToken token) {
        return token.text().endsWith("'s") || token.text().endsWith("’s");
    }

    private boolean isPatronymic(WordToken token) {
        String word = token.lower();
        return patronymicEndings.stream().anyMatch(word::endsWith);
    }

    /** How many tokens the speech verb starting at token {@code i} takes ("pointed out": 2), or 0. */
    private int verbLength(List<WordToken> tokens, int i) {
        for (String[] verb : verbs) {
            if (i + verb.length <= tokens.size() && matches(tokens, i, verb)) {
                return verb.length;
            }
        }
        return 0;
    }

    private static boolean matches(List<WordToken> tokens, int i, String[] words) {
        for (int k = 0; k < words.length; k++) {
            WordToken token = tokens.get(i + k);
            if (!token.isWord() || !token.lower().equals(words[k])) {
                return false;
            }
        }
        return true;
    }
}
