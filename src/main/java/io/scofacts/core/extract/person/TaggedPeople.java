package io.scofacts.core.extract.person;

import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.NameCandidate;
import io.scofacts.core.extract.ner.RussianDictionary;
import io.scofacts.core.extract.ner.RussianWordForms;
import io.scofacts.core.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Judges the people the statistical tagger proposes in a Russian story: a title or a lower-case
 * word at either end is cut off ("министр Иван Петров" → "Иван Петров"), and what is left must
 * look like a personal name: one to four capitalised words (particles such as "де", "фон", "ибн"
 * inside), none of them a word that never names a person, not a lone acronym. A one-word name
 * must be a later mention of a fuller name or a name the dictionary knows. Each accepted
 * name gets the title, affiliation and country written beside it, as a cued name does.
 */
final class TaggedPeople {

    private static final int MAX_WORDS = 4;
    /** Full names a one-word name is compared with: a story names a few dozen people at most. */
    private static final int MAX_FULL_NAMES = 200;
    private static final Set<String> PARTICLES = Set.of("де", "да", "ди", "дю", "ла", "ле", "фон", "ван", "дер",
            "бен", "бин", "ибн", "аль", "эль", "ад", "ас", "оглы", "кызы", "уулу", "улы");

    private final PersonLexicon lexicon;
    private final WordNameFinder wordNames;

    TaggedPeople(PersonLexicon lexicon, WordNameFinder wordNames) {
        this.lexicon = lexicon;
        this.wordNames = wordNames;
    }

    List<PersonRecognizer.Found> find(NormalizedText view, Findings findings, NearbyMentions nearby,
            List<WordNameFinder.WordToken> tokens) {
        List<PersonRecognizer.Found> found = new ArrayList<>();
        String text = view.text();
        List<String> fullNames = fullNames(view, findings);
        RussianDictionary.Reader dictionary = null;
        for (NameCandidate candidate : findings.nameCandidates()) {
            if (candidate.kind() != NameCandidate.Kind.PERSON) {
                continue;
            }
            int start = view.viewIndexOf(candidate.span().start());
            int end = view.viewIndexOf(candidate.span().end());
            List<WordNameFinder.WordToken> words = wordsIn(tokens, start, end);
            int first = 0;
            int last = words.size();
            while (first < last && !isNameWord(words.get(first), text, true)) {
                first++;
            }
            while (last > first && !isNameWord(words.get(last - 1), text, true)) {
                last--;
            }
            if (first == last || last - first > MAX_WORDS) {
                continue;
            }
            boolean allNames = true;
            for (int w = first; w < last; w++) {
                allNames &= isNameWord(words.get(w), text, false);
            }
            WordNameFinder.WordToken head = words.get(first);
            if (!allNames || last - first == 1 && head.acronym(text)) {
                continue;
            }
            if (last - first == 1) {
                dictionary = dictionary != null ? dictionary : RussianDictionary.reader();
                if (!knownAlone(text.substring(head.start(), head.end()), fullNames, dictionary)) {
                    continue;
                }
            }
            int nameStart = head.start();
            int nameEnd = words.get(last - 1).end();
            found.add(new PersonRecognizer.Found(new NameSpan(nameStart, nameEnd),
                    wordNames.roleAt(view, nearby, tokens, nameStart, nameEnd)));
        }
        return found;
    }

    /**
     * A one-word name stands alone when it is a case form of a word of a fuller name the tagger
     * found in the story ("Саркози" after "Николя Саркози") or the dictionary knows it as a
     * first name, surname or patronymic; "Гринпис" or "Спасибо" alone are no person.
     */
    private static boolean knownAlone(String word, List<String> fullNames, RussianDictionary.Reader dictionary) {
        for (String full : fullNames) {
            if (RussianWordForms.containsName(full, word)) {
                return true;
            }
        }
        int classes = dictionary.classes(word.toLowerCase(Locale.ROOT).replace('ё', 'е'));
        return (classes & (RussianDictionary.FIRST_NAME | RussianDictionary.SURNAME | RussianDictionary.PATRONYMIC)) != 0;
    }

    /** The person candidates of two or more words, as written. */
    private static List<String> fullNames(NormalizedText view, Findings findings) {
        List<String> names = new ArrayList<>();
        for (NameCandidate candidate : findings.nameCandidates()) {
            String written = view.original().substring(candidate.span().start(), candidate.span().end());
            if (candidate.kind() == NameCandidate.Kind.PERSON && written.indexOf(' ') > 0 && names.size() < MAX_FULL_NAMES) {
                names.add(written);
            }
        }
        return names;
    }

    /** A capitalised word that is no title and no word known never to name a person; inside a name also a particle. */
    private boolean isNameWord(WordNameFinder.WordToken word, String text, boolean edge) {
        String lower = word.lower();
        if (!word.capitalised()) {
            return !edge && PARTICLES.contains(lower);
        }
        // "ЦОДов": an acronym, in any case form, abbreviates a thing, not a person's name
        boolean acronym = word.end() - word.start() >= 2 && Character.isUpperCase(text.charAt(word.start() + 1));
        return !acronym && !lexicon.wordTitles.contains(lower) && !lexicon.notNames.contains(lower)
                && !lexicon.wordTitles.contains(lower.toLowerCase(Locale.ROOT));
    }

    private static List<WordNameFinder.WordToken> wordsIn(List<WordNameFinder.WordToken> tokens, int start, int end) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).start() < start) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        List<WordNameFinder.WordToken> words = new ArrayList<>();
        for (int i = low; i < tokens.size() && tokens.get(i).end() <= end; i++) {
            words.add(tokens.get(i));
        }
        return words;
    }
}
