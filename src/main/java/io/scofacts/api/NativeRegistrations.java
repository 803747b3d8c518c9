package io.scofacts.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.scofacts.core.cases.CaseOverview;
import io.scofacts.core.cases.CaseSummary;
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
        CaseOverview.class, CaseSummary.class, CaseSummary.CaseSource.class, ErrorBody.class,
        ArticleFunctions.SubmitArticleResponse.class, ArticleFunctions.ArticleResponse.class,
        CaseFunctions.CaseList.class, ArticleStreamExtraction.StreamBatchResponse.class,
        ArticleStreamExtraction.BatchItemFailure.class })
final class NativeRegistrations {

    private NativeRegistrations() {
    }
}
