package io.scofacts.core.cases;

import io.scofacts.core.factsheet.QuantityFact;
import io.scofacts.core.factsheet.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which case or event each figure of an article measures, by where the figure stands:
 * <ol>
 * <li>inside a name ("年产125万吨聚乙烯工厂") or right before one it counts ("10个鲁班工坊"):
 * that one;</li>
 * <li>in a clause that names one ("连续两年举办X"): that one;</li>
 * <li>else what the sentence is about: its subject, a case or event named at the start of a
 * clause ("在吉尔吉斯斯坦，中企参与建设的5G网络…，助力…从43%提升至70%", "在签约会上，21个项目…") or
 * referred back to there ("中心自启用以来，…：…培训学员770余人次", "该案例集精选50项…"; "the
 * center's hub" is the hub's, not the centre's), first in its segment, then in the whole
 * sentence (a list after a colon keeps the sentence's subject);</li>
 * <li>else the last one the sentence named before it;</li>
 * <li>else, for attendance, projects signed and money pledged, and counts of sub-forums, the
 * event the story is about (its headline or lead names it), though the sentence does not
 * repeat its name.</li>
 * </ol>
 * Anything else measures nothing the article names as a case or event and is left out.
 */
final class FigureOwners {

    /** How far into a clause a reference back may begin ("据介绍，该项目…" is cut at the comma first). */
    private static final int OPENING = 16;
    /** How far after a figure the name it counts may begin ("10个鲁班工坊", "8期“上合之树”…"). */
    private static final int COUNTED_GAP = 2;
    /** A sentence's topic is named at the start of one of its first clauses ("论坛首日…，在签约会上，21个项目…"). */
    private static final int SUBJECT_CLAUSES = 3;
    /** A reference back may follow a short adverb ("日前项目已全线贯通"). */
    private static final int MAX_BEFORE_REFERENCE = 2;
    /** Words that refer back to the case last named, whatever kind it is. */
    private static final List<String> CASE_WORDS = List.of("项目", "工程", "project", "проект");
    private static final Pattern DETERMINER = Pattern.compile(
            "^(该|此|这一|这个|这|本届|本次|本|其|the |this |its |этот |эта |это |этого |данн\\S* )");
    private static final Pattern LOCATIVE = Pattern.compile("^(在|于|at |in |during |on |в |на |во )",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A figure and what it measures. */
    record Owned(Named owner, QuantityFact quantity, String measure) {
    }

    private final NameWords words;
    private final ConceptRoles roles;
    private final Measures measures;
    private final SentenceCues cues;
    private final NameSignatures signatures;

    FigureOwners(NameWords words, ConceptRoles roles, Measures measures, SentenceCues cues, NameSignatures signatures) {
        this.words = words;
        this.roles = roles;
        this.measures = measures;
        this.cues = cues;
        this.signatures = signatures;
    }

    private record Mention(Span span, Named named) {
    }

    List<Owned> assign(List<QuantityFact> quantities, ArticleText article, List<Named> named, Named main) {
        List<Mention> mentions = new ArrayList<>();
        named.forEach(n -> n.mentions.forEach(span -> mentions.add(new Mention(span, n))));
        mentions.sort(Comparator.comparing(Mention::span));
        List<Owned> owned = new ArrayList<>();
        for (QuantityFact quantity : quantities) {
            Span at = quantity.mention();
            Span clause = article.clause(at.start());
            String clauseText = article.text.substring(clause.start(), clause.end());
            Named owner = owner(at, clause, article, mentions, named, main != null && countsParts(quantity) ? main : null);
            if (owner == null && main != null && countsAtAnEvent(quantity, clauseText)) {
                owner = main;
            }
            if (owner != null) {
                owned.add(new Owned(owner, quantity, measures.key(quantity, clauseText)));
            }
        }
        return owned;
    }

    /** {@code countingParts}: the event whose sub-forums the figure counts ("四个平行论坛"), else null. */
    private Named owner(Span at, Span clause, ArticleText article, List<Mention> mentions, List<Named> named,
            Named countingParts) {
        for (Mention mention : mentions) {
            if (mention.span.contains(at)
                    || (mention.span.start() >= at.end() && mention.span.start() - at.end() <= COUNTED_GAP
                    && clause.contains(mention.span))) {
                return mention.named;
            }
        }
        Mention inClause = null;
        for (Mention mention : mentions) {
            if (clause.contains(mention.span) && (inClause == null || mention.span.end() <= at.start())) {
                inClause = mention;
            }
        }
        if (inClause != null) {
            return inClause.named;
        }
        if (countingParts != null) {
            return countingParts;
        }
        Named subject = subject(article.segment(at.start()), at, article, mentions, named);
        if (subject == null) {
            subject = subject(article.sentence(at.start()), at, article, mentions, named);
        }
        if (subject != null) {
            return subject;
        }
        Span sentence = article.sentence(at.start());
        Mention last = null;
        for (Mention mention : mentions) {
            if (sentence.contains(mention.span) && mention.span.end() <= at.start()) {
                last = mention;
            }
        }
        return last == null ? null : last.named;
    }

    /**
     * What a sentence (or segment) is about, before {@code at}: a case or event named at the start
     * of one of its first two clauses, or referred back to there.
     */
    Named subject(Span sentence, Span at, ArticleText article, List<Mention> mentions, List<Named> named) {
        int clauseStart = sentence.start();
        Named referred = null;
        Named subject = null;
        for (int clauseNumber = 0; clauseNumber < SUBJECT_CLAUSES && clauseStart < sentence.end(); clauseNumber++) {
            Span clause = article.clause(clauseStart);
            boolean pastFigure = clause.start() > at.start();
            int start = clause.start();
            var locative = LOCATIVE.matcher(article.text.substring(start, Math.min(clause.end(), start + 4)));
            int afterLocative = locative.lookingAt() ? start + locative.end() : start;
            for (Mention mention : mentions) {
                if (mention.span.start() == start || mention.span.start() == afterLocative) {
                    subject = mention.named; // the nearest named topic wins
                }
            }
            if (referred == null && subject == null) {
                referred = referredBack(start, article, named);
            }
            if (pastFigure || subject != null && clause.end() >= at.start()) {
                break; // a topic after the figure counts only right after an opening clause ("经过两年的建设，项目…")
            }
            clauseStart = clause.end() + 1;
            while (clauseStart < article.text.length() && Character.isWhitespace(article.text.charAt(clauseStart))) {
                clauseStart++;
            }
        }
        return subject != null ? subject : referred;
    }

    /**
     * The case or event a clause starting at {@code start} refers back to by the word for what
     * it is ("该中心", "中心…", "该案例集", "the project", "форум"): the nearest one named before
     * that is such a thing. A possessive ("the center's hub") is about something else.
     */
    Named referredBack(int start, ArticleText article, List<Named> named) {
        String raw = article.text.substring(start, Math.min(article.clause(start).end(), start + OPENING + 8));
        String opening = DETERMINER.matcher(NameWords.fold(raw)).replaceFirst("");
        if (raw.matches("(?s)^\\S*\\s?\\p{L}+['’]s\\b.*") || raw.matches("(?is)^(the|this|its)\\s+\\p{L}+['’]s\\b.*")) {
            return null;
        }
        List<Named> before = named.stream().filter(n -> n.mentions.stream().anyMatch(m -> m.end() <= start))
                .sorted(Comparator.comparingInt((Named n) -> n.mentions.stream().filter(m -> m.end() <= start)
                        .mapToInt(Span::end).max().orElse(-1)).reversed())
                .toList();
        for (Named candidate : before) {
            for (String concept : candidate.referredToAs) {
                for (String form : words.forms(concept)) {
                    if (opensWith(opening, form)) {
                        return candidate;
                    }
                }
            }
        }
        if (CASE_WORDS.stream().anyMatch(word -> opensWithCaseWord(opening, word))) {
            return before.stream().filter(n -> n.kind == Named.Kind.CASE).findFirst().orElse(null);
        }
        if (cues.opensWith(SentenceCues.ANAPHOR, raw)) {
            return before.stream().filter(n -> n.kind == Named.Kind.CASE).findFirst().orElse(null);
        }
        if (cues.opensWith(SentenceCues.EVENT_ANAPHOR, raw)) {
            return before.stream().filter(n -> n.kind == Named.Kind.EVENT).findFirst().orElse(null);
        }
        return null;
    }

    /** The word opens the clause (Chinese needs no space after it; other scripts a whole word). */
    private static boolean opensWith(String opening, String form) {
        return opening.startsWith(form) && (NameWords.isHan(form.charAt(0)) || opening.length() == form.length()
                || !Character.isLetter(opening.charAt(form.length())));
    }

    /** "项目…", "日前项目…": the generic word for a project may follow a short adverb of time. */
    private static boolean opensWithCaseWord(String opening, String word) {
        int at = opening.indexOf(word);
        return at == 0 || (at > 0 && at <= MAX_BEFORE_REFERENCE && NameWords.isHan(word.charAt(0))
                && opening.substring(0, at).chars().allMatch(c -> NameWords.isHan((char) c)));
    }

    /** Counted at an event as a whole: attendance, projects signed, money pledged, its sub-forums. */
    private boolean countsAtAnEvent(QuantityFact quantity, String clause) {
        return Measures.isEventLevel(measures.kind(quantity, clause)) || countsParts(quantity);
    }

    /** A count of sub-forums or sessions: the event they are part of is what it measures. */
    private boolean countsParts(QuantityFact quantity) {
        if (quantity.subject() == null) {
            return false;
        }
        ConceptRoles.Role role = roles.of(signatures.ofEvent(quantity.subject(), null).head());
        return role == ConceptRoles.Role.SUBEVENT || role == ConceptRoles.Role.GATHERING;
    }
}
