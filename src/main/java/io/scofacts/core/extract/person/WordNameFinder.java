package io.scofacts.core.extract.person;

import io.scofacts.core.extract.CountryMention;
import io.scofacts.core.extract.OrganizationMention;
import io.scofacts.core.factsheet.Span;
import io.scofacts.core.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds people named in English and Russian: two or three capitalised words that are neither
 * titles nor words that never name a person, with evidence beside them: a title right before
 * ("Deputy Minister Ivan Petrov", "заместитель министра Иван Петров"), a title after a comma
 * ("Ivan Petrov, director of the Eurasian Institute"), a speech verb after ("Ivan Petrov said")
 * or a lead before ("said Ivan Petrov", "по словам Ивана Петрова"), or the shape of a name
 * ({@link LatinNameShape}: "Wu Zhengpeng", "Nuria Kutnaeva"). Names are reported as written.
 */
final class WordNameFinder {

    private static final int MAX_TITLE_WORDS = 4;
    /** "заместитель министра": titles chain, but a role is a few titles at most. */
    private static final int MAX_TITLE_LINKS = 3;
    private static final int MAX_NAME_WORDS = 3;
    private static final int MAX_AFFILIATION_WORDS = 8;

    private final PersonLexicon lexicon;
    private final LatinNameShape shape = new LatinNameShape();

    WordNameFinder(PersonLexicon lexicon) {
        this.lexicon = lexicon;
    }

    private static List<String> words(String text, List<WordToken> tokens, int from, int to) {
        List<String> words = new ArrayList<>();
        for (int i = from; i < to; i++) {
            words.add(text.substring(tokens.get(i).start(), tokens.get(i).end()));
        }
        return words;
    }

    List<PersonRecognizer.Found> find(NormalizedText view, NearbyMentions nearby, List<WordToken> tokens) {
        String text = view.text();
        List<PersonRecognizer.Found> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int afterHonorific = namedAfterHonorific(view, nearby, tokens, i, found);
            if (afterHonorific > i) {
                i = afterHonorific;
                continue;
            }
            // one word more than a name may have: a longer run is a body's name or a title ending in a name
            int end = nameRunEnd(text, tokens, i, MAX_NAME_WORDS + 1);
            int start = i;
            // "Президент Узбекистана Шавкат Мирзиёев", "глава Минцифры Максут Шадаев": a country or body opens the run
            if (end - start >= 3 && (overlapsCountry(view, nearby, tokens.get(start))
                    || organizationOf(view, nearby, tokens.get(start)) != null)) {
                start++;
            }
            // "Minister of Digital Technologies Sherzod Shermatov": a capitalised run may end in a name
            boolean shaped = end - start >= 2 && shape.isPersonName(words(text, tokens, end - 2, end))
                    && !(end < tokens.size() && tokens.get(end - 1).joinedBySpace(tokens.get(end), text)
                    && shape.isHead(text.substring(tokens.get(end).start(), tokens.get(end).end())));
            if (end - start >= 2 && (end - start <= MAX_NAME_WORDS ? !cued(view, nearby, tokens, start, end) : shaped)
                    && shaped) {
                start = end - 2;
            }
            if (end - start >= 2 && end - start <= MAX_NAME_WORDS) {
                Role role = describedRole(view, nearby, tokens, start, end);
                if (role != Role.NONE || spoken(text, tokens, start, end) || shaped) {
                    found.add(new PersonRecognizer.Found(
                            new NameSpan(tokens.get(start).start(), tokens.get(end - 1).end()), role));
                }
            }
            i = Math.max(end, i + 1);
        }
        found.addAll(initialed(view, nearby, tokens));
        return found;
    }

    /**
     * "Mr Norov", "Dr. Lee Wen": the name after a courtesy word, which is cue enough and no part
     * of the name, so a lone surname is found and later stands for the full name met before it.
     * Adds the name to {@code found} and returns the token after it, or {@code at} when token
     * {@code at} opens no such name.
     */
    private int namedAfterHonorific(NormalizedText view, NearbyMentions nearby, List<WordToken> tokens, int at,
            List<PersonRecognizer.Found> found) {
        String text = view.text();
        if (at + 1 >= tokens.size() || !tokens.get(at).capitalised() || !lexicon.honorifics.contains(tokens.get(at).lower())) {
            return at;
        }
        WordToken honorific = tokens.get(at);
        WordToken next = tokens.get(at + 1);
        boolean joined = honorific.joinedBySpace(next, text)
                || next.start() == honorific.end() + 2 && text.startsWith(". ", honorific.end());
        int end = joined ? nameRunEnd(text, tokens, at + 1, MAX_NAME_WORDS) : at + 1;
        if (end == at + 1) {
            return at;
        }
        found.add(new PersonRecognizer.Found(new NameSpan(tokens.get(at + 1).start(), tokens.get(end - 1).end()),
                describedRole(view, nearby, tokens, at + 1, end)));
        return end;
    }

    /** The end of the run of at most {@code maxWords} name words joined by spaces from token {@code from}. */
    private int nameRunEnd(String text, List<WordToken> tokens, int from, int maxWords) {
        int end = from;
        while (end < tokens.size() && end - from < maxWords && isNameWord(tokens.get(end), text)
                && (end == from || tokens.get(end - 1).joinedBySpace(tokens.get(end), text))) {
            end++;
        }
        return end;
    }

    /** The most initials before a surname: "А.Н.Арипов", "К.-Ж. Токаев". */
    private static final int MAX_INITIALS = 2;

    /**
     * Names written as initials and a surname ("А.Н.Арипов", "Ш. Мирзиёев", "D. Medvedev"), the
     * way official news of the region lists people after their titles. The initials are one-letter
     * tokens, each closed by a dot; such a name is kept only with a cue, a title or a speech verb,
     * because an initial also opens the names of bodies ("T. Sattorov Conservatory").
     */
    private List<PersonRecognizer.Found> initialed(NormalizedText view, NearbyMentions nearby, List<WordToken> tokens) {
        String text = view.text();
        List<PersonRecognizer.Found> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int surname = i;
            while (surname < tokens.size() && surname - i < MAX_INITIALS && isInitial(tokens.get(surname), text)
                    && surname + 1 < tokens.size() && followsInitial(text, tokens.get(surname), tokens.get(surname + 1))) {
                surname++;
            }
            if (surname == i || surname >= tokens.size() || isInitial(tokens.get(surname), text)) {
                continue;
            }
            WordToken last = tokens.get(surname);
            if (!isNameWord(last, text) || last.length() < 3 || (i > 0 && isInitial(tokens.get(i - 1), text)
                    && followsInitial(text, tokens.get(i - 1), tokens.get(i)))) {
                continue;
            }
            Role role = describedRole(view, nearby, tokens, i, surname + 1);
            if (role != Role.NONE || spoken(text, tokens, i, surname + 1)) {
                found.add(new PersonRecognizer.Found(new NameSpan(tokens.get(i).start(), last.end()), role));
            }
            i = surname;
        }
        return found;
    }

    private static boolean isInitial(WordToken token, String text) {
        return token.length() == 1 && token.capitalised() && token.end() < text.length() && text.charAt(token.end()) == '.';
    }

    /** {@code next} starts right after the initial's dot: "А.Н", "А. Н", "К.-Ж". */
    private static boolean followsInitial(String text, WordToken initial, WordToken next) {
        int gap = next.start() - initial.end();
        return gap == 1 || gap == 2 && (text.charAt(initial.end() + 1) == ' ' || text.charAt(initial.end() + 1) == '-');
    }

    /**
     * A title, a speech verb, or a title whose "of" complement a found country or body closes
     * right before the name ("Foreign Minister of the Republic of Kazakhstan Mukhtar Beskenuly
     * Tileuberdi"): that mention marks where the name starts, so all its words are kept.
     */
    private boolean cued(NormalizedText view, NearbyMentions nearby, List<WordToken> tokens, int start, int end) {
        return role(view, nearby, tokens, start, end) != Role.NONE || spoken(view.text(), tokens, start, end)
                || titleWithComplementBefore(view, nearby, tokens, start, true) != null;
    }

    /** The role written beside the name at view chars {@code [start, end)}. */
    Role roleAt(NormalizedText view, NearbyMentions nearby, List<WordToken> tokens, int start, int end) {
        int first = tokenAt(tokens, start);
        int last = first;
        while (last >= 0 && last < tokens.size() && tokens.get(last).end() < end) {
            last++;
        }
        return last < tokens.size() && first >= 0 && tokens.get(last).end() == end && tokens.get(first).start() == start
                && first >= 0 && last >= first ? describedRole(view, nearby, tokens, first, last + 1) : Role.NONE;
    }

    /**
     * The role beside a name already taken as one: {@link #role}, else a title with an "of"
     * complement before it. The complement is no cue by itself: its capitalised words run into
     * the name, so it says where a title ends only once the name's own start is known.
     */
    private Role describedRole(NormalizedText view, NearbyMentions nearby, List<WordToken> tokens, int start, int end) {
        Role role = role(view, nearby, tokens, start, end);
        if (role != Role.NONE) {
            return role;
        }
        Role complemented = titleWithComplementBefore(view, nearby, tokens, start, false);
        return complemented == null ? Role.NONE : complemented;
    }

    private static int tokenAt(List<WordToken> tokens, int start) {
        int low = 0;
        int high = tokens.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int at = tokens.get(mid).start();
            if (at == start) {
                return mid;
            }
            if (at < start) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return -1;
    }

    private boolean isNameWord(WordToken token, String text) {
        String lower = token.lower();
        return token.capitalised() && token.length() >= 2 && !token.acronym(text) && !lexicon.notNames.contains(lower)
                && !lexicon.wordTitles.contains(lower) && !lexicon.honorifics.contains(lower);
    }

    private Role role(NormalizedText view, NearbyMentions nearby, List<WordToken> tokens, int start, int end) {
        String text = view.text();
        int titleEnd = start;
        String country = null;
        // "Президент Узбекистана Шавкат Мирзиёев": a country may stand between title and name.
        String body = null;
        if (start > 0 && titleEndingBefore(text, tokens, start) == start && adjacent(text, tokens, start - 1, start + 1)) {
            WordToken before = tokens.get(start - 1);
            country = countryOf(view, nearby, before);
            // "Генеральный секретарь ШОС Нурлан Ермекбаев": the body's acronym between title and name.
            String organization = organizationOf(view, nearby, before);
            body = country != null ? null : before.acronym(text) ? text.substring(before.start(), before.end()) : organization;
            titleEnd = country != null || body != null ? start - 1 : start;
        }
        int titleStart = titleEndingBefore(text, tokens, titleEnd);
        if (titleStart == titleEnd) {
            int[] chained = russianTitleChainBefore(view, nearby, tokens, start);
            if (chained != null) {
                String title = nominativeHead(text.substring(tokens.get(chained[0]).start(), tokens.get(start - 1).end()));
                return new Role(title, organizationInside(view, nearby, tokens.get(chained[0]).start(), tokens.get(start - 1).end()),
                        countryInside(view, nearby, tokens, chained[1], start));
            }
        }
        if (titleStart < titleEnd) {
            // Russian writes the country into the title ("президент Казахстана"); English keeps them apart
            boolean russian = isCyrillic(text.charAt(tokens.get(titleStart).start()));
            int titleLast = russian && country != null ? start - 1 : titleEnd - 1;
            String title = text.substring(tokens.get(titleStart).start(), tokens.get(titleLast).end());
            title = russian ? nominativeHead(title) : title;
            return new Role(title, body != null ? body : organizationBefore(view, nearby, tokens.get(titleStart).start()),
                    country != null ? country : countryNear(view, nearby, tokens, titleStart));
        }
        if (end < tokens.size() && text.startsWith(", ", tokens.get(end - 1).end())
                && tokens.get(end).start() == tokens.get(end - 1).end() + 2) {
            int appositionEnd = titleStartingAt(text, tokens, end);
            if (appositionEnd > end) {
                // "NAME, Minister of Digital Development of the Kyrgyz Republic": a closing country or body first
                int complementEnd = complementEndAfter(text, tokens, appositionEnd);
                Role closed = complementEnd < 0 ? null
                        : closingMentionRole(view, nearby, tokens, end, appositionEnd, complementEnd, null);
                if (closed != null) {
                    return closed;
                }
                String title = text.substring(tokens.get(end).start(), tokens.get(appositionEnd - 1).end());
                return new Role(title, affiliationAfter(text, tokens, appositionEnd), null);
            }
        }
        return Role.NONE;
    }

    /** Lower-case words a body's name may hold between its capitalised words ("Committee for Information Technologies"). */
    private static final Set<String> NAME_LINKS = Set.of("of", "and", "for", "on");

    /**
     * "Minister of Digital Technologies Sherzod Shermatov", "Deputy Chairperson of Kyrgyz State
     * Committee for Information Technologies, Kubanych Shatemirov": an English title whose "of"
     * complement (capitalised words, with the links of a body's name between them) runs up to
     * the name or to a comma right before it. A complement the organisation recogniser found is
     * the affiliation and a lone country the country; anything else is part of the title.
     * Returns null when no title ends right before such an "of".
     */
    private Role titleWithComplementBefore(NormalizedText view, NearbyMentions nearby, List<WordToken> tokens, int start,
            boolean closedByMention) {
        String text = view.text();
        int last = start - 1;
        if (last < 1 || isCyrillic(text.charAt(tokens.get(last).start()))) {
            return null;
        }
        boolean comma = text.startsWith(", ", tokens.get(last).end()) && tokens.get(start).start() == tokens.get(last).end() + 2;
        if (!comma && !adjacent(text, tokens, last, start + 1) || !tokens.get(last).capitalised()) {
            return null;
        }
        for (int i = last - 1; i > 0 && last - i <= MAX_AFFILIATION_WORDS; i--) {
            WordToken token = tokens.get(i);
            if (!adjacent(text, tokens, i, i + 2)) {
                return null;
            }
            if ("of".equals(token.lower())) {
                int titleStart = titleEndingBefore(text, tokens, i);
                if (titleStart < i) {
                    return closedByMention
                            ? closingMentionRole(view, nearby, tokens, titleStart, i, last, countryNear(view, nearby, tokens, titleStart))
                            : complementedRole(view, nearby, tokens, titleStart, i, last);
                }
                // an "of" inside the body's own name ("Ministry for Development of Information Technologies")
            } else if (!token.capitalised() && !NAME_LINKS.contains(token.lower()) && !"the".equals(token.lower())) {
                return null;
            }
        }
        return null;
    }

    /**
     * The role of title tokens {@code [titleStart, of)} with the complement {@code (of, last]}. A
     * body or country closing the complement is the affiliation or the country, and the words
     * between it and the title stay in the title ("Minister of Digital Development" of "… of the
     * Kyrgyz Republic"); a complement naming none is all title; one with a body or country that
     * does not close it runs into the name's own words, and no role is guessed.
     */
    private Role complementedRole(NormalizedText view, NearbyMentions nearby, List<WordToken> tokens, int titleStart,
            int of, int last) {
        String text = view.text();
        int first = complementStart(tokens, of);
        if (first > last || !tokens.get(first).capitalised()) {
            return null;
        }
        String country = countryNear(view, nearby, tokens, titleStart);
        Role closed = closingMentionRole(view, nearby, tokens, titleStart, of, last, country);
        if (closed != null) {
            return closed;
        }
        Span complement = view.originalSpan(tokens.get(first).start(), tokens.get(last).end());
        if (!nearby.organizationsInside(complement).isEmpty() || !nearby.countriesInside(complement).isEmpty()) {
            return null;
        }
        return new Role(text.substring(tokens.get(titleStart).start(), tokens.get(last).end()), null, country);
    }

    private static int complementStart(List<WordToken> tokens, int of) {
        return of + 1 < tokens.size() && "the".equals(tokens.get(of + 1).lower()) ? of + 2 : of + 1;
    }

    /**
     * The role when a found body or country closes the complement {@code (of, last]}: the body is
     * the affiliation, the country the country, and the words between the title and that mention
     * stay in the title. Null when no mention closes it.
     */
    private static Role closingMentionRole(NormalizedText view, NearbyMentions nearby, List<WordToken> tokens,
            int titleStart, int of, int last, String country) {
        int first = complementStart(tokens, of);
        if (first > last) {
            return null;
        }
        Span complement = view.originalSpan(tokens.get(first).start(), tokens.get(last).end());
        for (OrganizationMention organization : nearby.organizationsInside(complement)) {
            if (organization.span().end() == complement.end()) {
                return closedBy(view, tokens, titleStart, of, first, organization.span(), organization.name(), country);
            }
        }
        for (CountryMention named : nearby.countriesInside(complement)) {
            if (named.span().end() == complement.end()) {
                return closedBy(view, tokens, titleStart, of, first, named.span(), null, named.code());
            }
        }
        return null;
    }

    /** The role whose complement the body or country at {@code mention} closes; null when no "of" introduces it. */
    private static Role closedBy(NormalizedText view, List<WordToken> tokens, int titleStart, int of, int first, Span mention,
            String affiliation, String country) {
        int titleEnd = titleEndBefore(view, tokens, of, first, mention.start());
        return titleEnd < 0 ? null
                : new Role(view.text().substring(tokens.get(titleStart).start(), tokens.get(titleEnd).end()), affiliation, country);
    }

    /**
     * The title's last token when the complement's closing mention starts at original offset
     * {@code mentionStart}: the token before {@code of} when the mention opens the complement,
     * else the token before the "of [the]" that introduces the mention; -1 when no "of" does.
     */
    private static int titleEndBefore(NormalizedText view, List<WordToken> tokens, int of, int first, int mentionStart) {
        int k = first;
        while (view.originalSpan(tokens.get(k).start(), tokens.get(k).end()).start() < mentionStart) {
            k++;
        }
        if (k == first) {
            return of - 1;
        }
        int j = k - 1;
        if ("the".equals(tokens.get(j).lower())) {
            j--;
        }
        return j > first && "of".equals(tokens.get(j).lower()) ? j - 1 : -1;
    }


    /** The most words a Russian title's genitive chain may have between the title and the name. */
    private static final int MAX_TITLE_CHAIN = 7;

    /**
     * "Министр цифровых технологий Узбекистана Шерзод Шерматов", "заместителем Министра
     * промышленности и информатизации Китая Сюн …": a Russian title word, in any case form, then a
     * chain of genitives (lower-case words, "и" between two of them, capitalised names of
     * countries and bodies) right up to the name. Returns {title's first token, chain's first
     * token}, or null.
     */
    private int[] russianTitleChainBefore(NormalizedText view, NearbyMentions nearby, List<WordToken> tokens, int start) {
        String text = view.text();
        if (start == 0 || !isCyrillic(text.charAt(tokens.get(start - 1).start()))) {
            return null;
        }
        io.scofacts.core.extract.ner.RussianDictionary.Reader dictionary = io.scofacts.core.extract.ner.RussianDictionary.forThisThread();
        int k = start - 1;
        for (int words = 0; k >= 0 && words <= MAX_TITLE_CHAIN && adjacent(text, tokens, k, k + 2); words++, k--) {
            WordToken token = tokens.get(k);
            if (isRussianTitle(dictionary, token.lower())) {
                if (k == start - 1) {
                    return null; // a bare title right before the name is read by the title chain above
                }
                int first = titleEndingBefore(text, tokens, k);
                return new int[] {first, k + 1};
            }
            boolean genitive = "и".equals(token.lower()) || dictionary.canBeGenitive(token.lower().replace('ё', 'е'))
                    || token.acronym(text) || overlapsCountry(view, nearby, token);
            if (!genitive) {
                return null;
            }
        }
        return null;
    }

    private boolean isRussianTitle(io.scofacts.core.extract.ner.RussianDictionary.Reader dictionary, String lower) {
        if (lexicon.wordTitles.contains(lower)) {
            return true;
        }
        for (String lemma : dictionary.lemmas(lower.replace('ё', 'е'))) {
            if (lexicon.wordTitles.contains(lemma)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "заместителя Министра …" → "заместитель Министра …": a Russian title is reported with its
     * first word in the nominative (its dictionary form, the letter case as written), the genitive
     * chain after it as written.
     */
    private String nominativeHead(String title) {
        int space = title.indexOf(' ');
        String head = space < 0 ? title : title.substring(0, space);
        String lower = head.toLowerCase(java.util.Locale.ROOT);
        if (lexicon.wordTitles.contains(lower)) {
            String nominative = null;
            for (String lemma : io.scofacts.core.extract.ner.RussianDictionary.forThisThread().lemmas(lower.replace('ё', 'е'))) {
                if (lexicon.wordTitles.contains(lemma) && (nominative == null || lemma.length() < nominative.length())) {
                    nominative = lemma;
                }
            }
            if (nominative == null || nominative.equals(lower)) {
                return title;
            }
            lower = nominative;
        } else {
            String found = null;
            for (String lemma : io.scofacts.core.extract.ner.RussianDictionary.forThisThread().lemmas(lower.replace('ё', 'е'))) {
                if (lexicon.wordTitles.contains(lemma)) {
                    found = lemma;
                }
            }
            if (found == null) {
                return title;
            }
            lower = found;
        }
        String cased = Character.isUpperCase(head.charAt(0)) ? Character.toUpperCase(lower.charAt(0)) + lower.substring(1) : lower;
        return space < 0 ? cased : cased + title.substring(space);
    }

    private static boolean isCyrillic(char c) {
        return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
    }

    private static String organizationInside(NormalizedText view, NearbyMentions nearby, int start, int end) {
        int from = view.originalOffset(start);
        int to = view.originalOffset(end - 1) + 1;
        OrganizationMention organization = nearby.organizationEndingBefore(to, to - from);
        return organization != null && organization.span().start() >= from ? organization.name() : null;
    }

    private static String countryInside(NormalizedText view, NearbyMentions nearby, List<WordToken> tokens, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (overlapsCountry(view, nearby, tokens.get(i))) {
                return countryOf(view, nearby, tokens.get(i));
            }
        }
        return null;
    }

    /** The first token of the title chain ending right before token {@code at}, or {@code at} when none. */
    private int titleEndingBefore(String text, List<WordToken> tokens, int at) {
        int start = at;
        boolean extended = true;
        for (int links = 0; extended && links < MAX_TITLE_LINKS; links++) {
            extended = false;
            for (int words = Math.min(MAX_TITLE_WORDS, start); words >= 1; words--) {
                int from = start - words;
                if (adjacent(text, tokens, from, start + (start < tokens.size() ? 1 : 0))
                        && lexicon.wordTitles.contains(phrase(tokens, from, start))) {
                    start = from;
                    extended = true;
                    break;
                }
            }
        }
        return start;
    }

    private int titleStartingAt(String text, List<WordToken> tokens, int at) {
        int end = at;
        boolean extended = true;
        for (int links = 0; extended && links < MAX_TITLE_LINKS; links++) {
            extended = false;
            for (int words = Math.min(MAX_TITLE_WORDS, tokens.size() - end); words >= 1; words--) {
                if (adjacent(text, tokens, end, end + words) && lexicon.wordTitles.contains(phrase(tokens, end, end + words))) {
                    end += words;
                    extended = true;
                    break;
                }
            }
        }
        return end;
    }

    /** "of the Eurasian Development Institute" after a title: the capitalised body name. */
    private static String affiliationAfter(String text, List<WordToken> tokens, int at) {
        int last = complementEndAfter(text, tokens, at);
        return last < 0 ? null : text.substring(tokens.get(complementStart(tokens, at)).start(), tokens.get(last).end());
    }

    /**
     * The last token of the capitalised complement that "of [the]" at token {@code at} opens
     * (lower-case links between its capitalised words), or -1 when {@code at} opens none.
     */
    private static int complementEndAfter(String text, List<WordToken> tokens, int at) {
        if (at >= tokens.size() || !"of".equals(tokens.get(at).lower()) || !adjacent(text, tokens, at - 1, at + 1)) {
            return -1;
        }
        int start = complementStart(tokens, at);
        int i = start;
        int lastCapital = -1;
        while (i < tokens.size() && i - start < MAX_AFFILIATION_WORDS && adjacent(text, tokens, i - 1, i + 1)) {
            WordToken token = tokens.get(i);
            boolean theAfterOf = "the".equals(token.lower()) && "of".equals(tokens.get(i - 1).lower());
            if (token.capitalised()) {
                lastCapital = i;
            } else if (!theAfterOf && !NAME_LINKS.contains(token.lower())) {
                break;
            }
            i++;
        }
        return lastCapital >= start && tokens.get(start).capitalised() ? lastCapital : -1;
    }

    private static String organizationBefore(NormalizedText view, NearbyMentions nearby, int titleStart) {
        OrganizationMention organization = nearby.organizationEndingBefore(view.originalOffset(titleStart), 3);
        return organization == null ? null : organization.name();
    }

    /**
     * The country of the word right before a title: a country the story names ("Uzbekistan's
     * Minister", "Президент Узбекистана" is read elsewhere), else a nationality adjective joined
     * to the title ("Chinese President", "Kazakh Minister of Trade").
     */
    private String countryNear(NormalizedText view, NearbyMentions nearby, List<WordToken> tokens, int titleStart) {
        if (titleStart == 0) {
            return null;
        }
        WordToken before = tokens.get(titleStart - 1);
        String country = countryOf(view, nearby, before);
        if (country != null || !adjacent(view.text(), tokens, titleStart - 1, titleStart + 1)) {
            return country;
        }
        return lexicon.nationalities.get(view.text().substring(before.start(), before.end()));
    }

    private boolean spoken(String text, List<WordToken> tokens, int start, int end) {
        if (end < tokens.size() && adjacent(text, tokens, end - 1, end + 1)
                && (lexicon.wordVerbs.contains(tokens.get(end).lower())
                || end + 1 < tokens.size() && lexicon.wordVerbs.contains(phrase(tokens, end, end + 2)))) {
            return true;
        }
        for (int words = 1; words <= 2 && start - words >= 0; words++) {
            if (adjacent(text, tokens, start - words, start + 1) && lexicon.wordLeads.contains(phrase(tokens, start - words, start))) {
                return true;
            }
        }
        return false;
    }

    private static boolean adjacent(String text, List<WordToken> tokens, int from, int to) {
        for (int i = Math.max(0, from); i + 1 < Math.min(to, tokens.size()); i++) {
            if (!tokens.get(i).joinedBySpace(tokens.get(i + 1), text)) {
                return false;
            }
        }
        return from >= 0;
    }

    private static String phrase(List<WordToken> tokens, int from, int to) {
        StringBuilder phrase = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                phrase.append(' ');
            }
            phrase.append(tokens.get(i).lower());
        }
        return phrase.toString();
    }

    private static boolean overlapsCountry(NormalizedText view, NearbyMentions nearby, WordToken token) {
        return countryOf(view, nearby, token) != null;
    }

    private static String organizationOf(NormalizedText view, NearbyMentions nearby, WordToken token) {
        return nearby.organizationOverlapping(view.originalSpan(token.start(), token.end()));
    }

    private static String countryOf(NormalizedText view, NearbyMentions nearby, WordToken token) {
        return nearby.countryOverlapping(view.originalSpan(token.start(), token.end()));
    }

    /** A run of letters (with inner hyphens and apostrophes) at view chars {@code [start, end)}. */
    record WordToken(int start, int end, String lower, boolean capitalised) {

        int length() {
            return end - start;
        }

        /** "ШОС", "SCO": all capitals, a body's short name rather than a person's. */
        boolean acronym(String text) {
            if (length() < 2) {
                return false;
            }
            for (int i = start; i < end; i++) {
                if (Character.isLowerCase(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        boolean joinedBySpace(WordToken next, String text) {
            return next.start == end + 1 && text.charAt(end) == ' ';
        }

        static List<WordToken> of(String text) {
            List<WordToken> tokens = new ArrayList<>();
            int i = 0;
            int n = text.length();
            while (i < n) {
                if (!isWordLetter(text.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < n && (isWordLetter(text.charAt(i))
                        || (text.charAt(i) == '-' || text.charAt(i) == '\'' || text.charAt(i) == '’')
                        && i + 1 < n && isWordLetter(text.charAt(i + 1)) && !isPossessive(text, i))) {
                    i++;
                }
                String word = text.substring(start, i);
                tokens.add(new WordToken(start, i, word.toLowerCase(Locale.ROOT), Character.isUpperCase(word.charAt(0))));
                if (isPossessive(text, i)) {
                    i += 2; // "Xi Jinping's initiative": the name ends before the possessive
                }
            }
            return tokens;
        }

        /** An English possessive "'s" at {@code at}, closing the word before it. */
        private static boolean isPossessive(String text, int at) {
            return at + 1 < text.length() && (text.charAt(at) == '\'' || text.charAt(at) == '’')
                    && (text.charAt(at + 1) == 's' || text.charAt(at + 1) == 'S')
                    && (at + 2 == text.length() || !isWordLetter(text.charAt(at + 2)));
        }

        private static boolean isWordLetter(char c) {
            // Latin, Greek and Cyrillic letters all lie below U+3000, where CJK starts.
            return c < '\u3000' && Character.isLetter(c);
        }
    }
}
