package io.scofacts.core.extract.quantity;

/**
 * Decides the unit of a figure counted with a generic measure word (个, 项, 座) from the noun it
 * counts: the noun right after it ("21个项目" → project, "20余项合作案例" → case), or, when the
 * figure closes its clause, the noun before it ("支撑重点项目超800项" → project). The last
 * known noun of the phrase wins, as Chinese puts the head noun last ("10个国家级项目").
 */
final class UnitRefiner {

    /** How far a counted noun phrase reaches after the measure word. */
    static final int FORWARD_WINDOW = 10;
    /** How far back the subject of a clause-closing figure is looked for. */
    static final int BACKWARD_WINDOW = 12;

    /** The unit a noun decided and where that noun phrase lies. */
    record Refinement(String unit, int phraseStart, int phraseEnd) {
    }

    private final QuantityLexicon lexicon;

    UnitRefiner(QuantityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The unit decided by the noun after {@code measureEnd} or, for a clause-closing figure, before {@code figureStart}. */
    Refinement refine(CharSequence s, int figureStart, int measureEnd, int figureEnd) {
        Refinement forward = forward(s, measureEnd);
        if (forward != null) {
            return forward;
        }
        return closesClause(s, figureEnd) ? backward(s, figureStart) : null;
    }

    private Refinement forward(CharSequence s, int from) {
        SurfaceIndex.Match<NounRule> last = null;
        for (int k = from; k < from + FORWARD_WINDOW && !TextChars.isClauseBreak(s, k); k++) {
            char c = s.charAt(k);
            if (TextChars.isAsciiDigit(c) || TextChars.isSpace(c) || lexicon.nounEnds.at(s, k) != null) {
                break;
            }
            SurfaceIndex.Match<NounRule> match = lexicon.refiningNouns.at(s, k);
            if (match != null) {
                last = match;
            }
        }
        return last == null ? null : new Refinement(last.value().unit(), from, last.end());
    }

    private Refinement backward(CharSequence s, int figureStart) {
        int from = figureStart;
        while (from > 0 && figureStart - from < BACKWARD_WINDOW && !TextChars.isClauseBreak(s, from - 1)
                && !TextChars.isAsciiDigit(s.charAt(from - 1))) {
            from--;
        }
        SurfaceIndex.Match<NounRule> last = null;
        for (int k = from; k < figureStart; k++) {
            SurfaceIndex.Match<NounRule> match = lexicon.refiningNouns.at(s, k);
            if (match != null && match.end() <= figureStart) {
                last = match;
            }
        }
        return last == null ? null : new Refinement(last.value().unit(), from, last.end());
    }

    private static boolean closesClause(CharSequence s, int end) {
        return TextChars.isClauseBreak(s, end) || TextChars.isSpace(s.charAt(end));
    }
}
