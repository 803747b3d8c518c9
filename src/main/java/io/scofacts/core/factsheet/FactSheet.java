package io.scofacts.core.factsheet;

import java.util.List;

/**
 * The facts of one article: the public contract {@code factsheet/1}
 * (../shared/spec/factsheet.md). Fields are only ever added, never renamed or dropped.
 */
public record FactSheet(
        String schema,
        String articleId,
        String extractor,
        String language,
        String script,
        String title,
        String publishedOn,
        String publisher,
        List<String> reporters,
        List<CountryFact> countries,
        List<PlaceFact> places,
        List<OrganizationFact> organizations,
        List<PersonFact> people,
        List<EventFact> events,
        List<DocumentFact> documents,
        List<ProjectFact> projects,
        List<QuantityFact> quantities,
        List<QuoteFact> quotes,
        List<DateFact> dates) {

    public static final String SCHEMA = "factsheet/1";

    /** The same facts attributed to a stored article. */
    public FactSheet withArticleId(String id) {
        return new FactSheet(schema, id, extractor, language, script, title, publishedOn, publisher, reporters,
                countries, places, organizations, people, events, documents, projects, quantities, quotes, dates);
    }
}
