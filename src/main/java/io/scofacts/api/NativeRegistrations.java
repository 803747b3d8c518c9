package io.scofacts.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.scofacts.core.cases.ArticleCredit;
import io.scofacts.core.cases.CaseMention;
import io.scofacts.core.cases.CaseOverview;
import io.scofacts.core.cases.CaseSummary;
import io.scofacts.core.cases.Citation;
import io.scofacts.core.cases.Conflict;
import io.scofacts.core.cases.EventMention;
import io.scofacts.core.cases.EventOverview;
import io.scofacts.core.cases.EventRef;
import io.scofacts.core.cases.EventSummary;
import io.scofacts.core.cases.Figure;
import io.scofacts.core.cases.FigureClaim;
import io.scofacts.core.cases.MergedName;
import io.scofacts.core.cases.Source;
import io.scofacts.core.cases.SourceSentence;
import io.scofacts.core.cases.SummarySentence;
import io.scofacts.core.cases.Tally;
import io.scofacts.core.cases.TimelineEntry;
import io.scofacts.core.factsheet.CountryFact;
import io.scofacts.core.factsheet.DateFact;
import io.scofacts.core.factsheet.DocumentFact;
import io.scofacts.core.factsheet.EventFact;
import io.scofacts.core.factsheet.FactSheet;
import io.scofacts.core.factsheet.OrganizationFact;
import io.scofacts.core.factsheet.PersonFact;
import io.scofacts.core.factsheet.PlaceFact;
import io.scofacts.core.factsheet.ProjectFact;
import io.scofacts.core.factsheet.QuantityFact;
import io.scofacts.core.factsheet.QuoteFact;
import io.scofacts.core.factsheet.Span;

/**
 * Everything Jackson serialises or reads by reflection, registered for the native image
 * (the core stays free of Quarkus annotations).
 */
@RegisterForReflection(targets = {
        FactSheet.class, Span.class, CountryFact.class, PlaceFact.class, OrganizationFact.class, PersonFact.class,
        EventFact.class, DocumentFact.class, ProjectFact.class, QuantityFact.class, QuoteFact.class, DateFact.class,
        ErrorBody.class, ArticleFunctions.SubmitArticleResponse.class, ArticleFunctions.ArticleResponse.class,
        CaseFunctions.CaseList.class, EventFunctions.EventList.class,
        ArticleStreamExtraction.StreamBatchResponse.class, ArticleStreamExtraction.BatchItemFailure.class,
        // cases and events: answered by the functions and stored as JSON in the cases table
        CaseOverview.class, CaseSummary.class, CaseMention.class, EventOverview.class, EventSummary.class,
        EventMention.class, ArticleCredit.class, SourceSentence.class, Figure.class, TimelineEntry.class, Tally.class,
        FigureClaim.class, Citation.class, Conflict.class, Conflict.Claim.class, SummarySentence.class, Source.class,
        MergedName.class, EventRef.class })
final class NativeRegistrations {

    private NativeRegistrations() {
    }
}
