package io.scofacts.core.extract.date;

import io.scofacts.core.extract.AnalyzedArticle;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.Recognizer;
import io.scofacts.core.factsheet.DateFact;
import io.scofacts.core.text.NormalizedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the calendar dates a story states, in Chinese (simplified and traditional), English and
 * Russian, absolute ("2025年7月10日", "July 10, 2025", "10 июля 2025 года", "2025-07-16"),
 * without a year ("7月10日", "July 10") or relative to publication ("昨天", "今年6月",
 * "on Tuesday", "вчера"), and reports each as a {@link DateFact}. See {@link DateResolution}
 * for how missing years are filled in.
 *
 * <p>It also reads the page's own publication line ("时间:2025-07-16 15:34:35",
 * "Published: July 16, 2025") into {@link Findings#setPublishedOn}; that line is page furniture,
 * not a date of the story, so it is not reported as a DateFact. Relative dates resolve against
 * the submit metadata's publication date, else against that line's date.
 */
public final class DateRecognizer implements Recognizer {

    private final List<DateFinder> finders;
    private final PublicationLineFinder publicationLines;
    private final Set<String> rangeConnectors;

    public DateRecognizer() {
        DateLexicon lexicon = DateLexicon.load();
        finders = List.of(
                new ChineseDateFinder(lexicon),
                new ChineseRelativeDateFinder(lexicon),
                new NumericDateFinder(),
                new EnglishDateFinder(lexicon),
                new RussianDateFinder(lexicon),
                new SpelledRelativeDateFinder(lexicon, "en", true),
                new SpelledRelativeDateFinder(lexicon, "ru", false));
        publicationLines = new PublicationLineFinder(lexicon);
        rangeConnectors = lexicon.cues("range-connector");
    }

    @Override
    public void recognize(AnalyzedArticle article, Findings findings) {
        NormalizedText view = article.view();
        String language = article.language().language();
        List<DateCandidate> found = new ArrayList<>();
        for (DateFinder finder : finders) {
            finder.find(view.text(), language, found);
        }
        List<DateCandidate> dates = DateCandidates.nonOverlapping(found);

        Optional<PublicationLine> publication = publicationLines.find(view.text(), dates);
        LocalDate reference = article.publishedOn();
        if (publication.isPresent()) {
            findings.setPublishedOn(publication.get().date().toString());
            dates.remove(publication.get().candidate());
            if (reference == null) {
                reference = publication.get().date();
            }
        }

        for (ResolvedDate date : new DateResolution(view.text(), reference, rangeConnectors).resolve(dates)) {
            DateCandidate at = date.candidate();
            findings.addDate(new DateFact(date.date().toString(), date.precision().word(), date.relative(),
                    view.originalText(at.start(), at.end()), view.originalSpan(at.start(), at.end())));
        }
    }
}
