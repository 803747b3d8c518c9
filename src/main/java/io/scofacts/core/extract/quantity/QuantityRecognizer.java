package io.scofacts.core.extract.quantity;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.Recognizer;
import io.scofacts.core.factsheet.QuantityFact;
import io.scofacts.core.factsheet.Span;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * Finds the figures that measure something in a story (counts of people, projects, cases,
 * organisations, countries; money; percentages; capacities; computing power; durations;
 * sessions held) in Chinese, English and Russian, normalised as the FactSheet contract says:
 * "13.5亿元" → 1350000000 CNY, "1500余名" → 1500 person over, "70%以上" → 70 percent over.
 * Dates, years, ordinals, phone numbers, ids and codes are no quantities, and neither is any
 * figure overlapping a date an earlier recogniser found. A figure restated later in the story
 * (same value, same unit) is reported once, at its first mention.
 *
 * <p>One left-to-right scan over the matching view; every number is read once and every
 * look-around is bounded, so the time is linear in the length of the text.
 */
public final class QuantityRecognizer implements Recognizer {

    private final NumberReader numbers;
    private final FigureReader figures;
    private final SubjectFinder subjects;
    private final QuantityLexicon lexicon;

    public QuantityRecognizer() {
        lexicon = new QuantityLexicon();
        numbers = new NumberReader(lexicon);
        figures = new FigureReader(lexicon);
        subjects = new SubjectFinder(lexicon);
    }

    @Override
    public void recognize(AnalyzedArticle article, Findings findings) {
        CompactText text = CompactText.of(article.view());
        boolean russianStyle = "ru".equals(article.language().language());
        DateSpans dates = new DateSpans(findings.dates());
        Set<String> reported = new HashSet<>();
        String s = text.text();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            NumberToken number = null;
            int next = i + 1;
            if (TextChars.isAsciiDigit(c)) {
                number = numbers.readDigits(s, i, russianStyle);
                next = number.end();
            } else if (lexicon.isChineseNumeral(c)) {
                number = numbers.readChinese(s, i);
                next = number.end();
            } else if (TextChars.isAlphabetic(c)) {
                int wordEnd = NumberReader.wordEnd(s, i);
                number = numbers.readWord(s, i, wordEnd);
                next = number != null ? number.end() : wordEnd;
            }
            Figure figure = number != null ? figures.read(s, number) : null;
            if (figure != null) {
                report(text, figure, dates, reported, findings);
                next = Math.max(next, figure.end());
            }
            i = Math.max(next, i + 1);
        }
    }

    private void report(CompactText text, Figure figure, DateSpans dates, Set<String> reported, Findings findings) {
        Span mention = text.originalSpan(figure.start(), figure.end());
        if (dates.overlaps(mention)) {
            return;
        }
        BigDecimal value = figure.value().stripTrailingZeros();
        if (!reported.add(value.toPlainString() + ' ' + figure.unit())) {
            return;
        }
        findings.addQuantity(new QuantityFact(toNumber(value), figure.unit(), figure.approx(),
                subjects.subject(text.text(), figure), text.originalText(figure.start(), figure.end()), mention));
    }

    /** A Long when integral and in range, else a Double; exact for every figure a story writes. */
    static Number toNumber(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= 18) {
            return stripped.longValueExact();
        }
        return stripped.doubleValue();
    }
}
