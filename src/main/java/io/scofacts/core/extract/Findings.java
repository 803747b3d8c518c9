package io.scofacts.core.extract;

import io.scofacts.core.factsheet.DateFact;
import io.scofacts.core.factsheet.QuantityFact;
import io.scofacts.core.factsheet.QuoteFact;
import io.scofacts.core.factsheet.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the recognisers have found so far in one article, in the order they found it. Lives
 * for one extraction only; {@link FactSheetAssembler} turns it into a FactSheet.
 */
public final class Findings {

    private final List<CountryMention> countries = new ArrayList<>();
    private final List<DateFact> dates = new ArrayList<>();
    private final List<QuantityFact> quantities = new ArrayList<>();
    private final List<QuoteFact> quotes = new ArrayList<>();
    private final List<ProjectMention> projects = new ArrayList<>();
    private final List<PlaceMention> places = new ArrayList<>();
    private final List<OrganizationMention> organizations = new ArrayList<>();
    private final List<PersonMention> people = new ArrayList<>();
    private final List<EventMention> events = new ArrayList<>();
    private final List<DocumentMention> documents = new ArrayList<>();
    private final List<NameCandidate> nameCandidates = new ArrayList<>();
    private String title;
    private String publishedOn;
    private String publisher;
    private final List<String> reporters = new ArrayList<>();
    private final List<Span> credits = new ArrayList<>();
    private final List<OrganizationMention> creditedMedia = new ArrayList<>();

    public void addCountry(CountryMention mention) {
        countries.add(mention);
    }

    public void addDate(DateFact date) {
        dates.add(date);
    }

    public void addQuantity(QuantityFact quantity) {
        quantities.add(quantity);
    }

    public void addQuote(QuoteFact quote) {
        quotes.add(quote);
    }

    public void addProject(ProjectMention project) {
        projects.add(project);
    }

    public void addPlace(PlaceMention place) {
        places.add(place);
    }

    public void addOrganization(OrganizationMention organization) {
        organizations.add(organization);
    }

    public void addPerson(PersonMention person) {
        people.add(person);
    }

    public void addEvent(EventMention event) {
        events.add(event);
    }

    public void addDocument(DocumentMention document) {
        documents.add(document);
    }

    /** A name the statistical tagger proposes, for the person, organisation and place recognisers to judge. */
    public void addNameCandidate(NameCandidate candidate) {
        nameCandidates.add(candidate);
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public void setPublishedOn(String isoDate) {
        this.publishedOn = isoDate;
    }

    public void setPublisher(String publisher) {
        this.publisher = publisher;
    }

    public void addReporter(String reporter) {
        if (!reporters.contains(reporter)) {
            reporters.add(reporter);
        }
    }

    /** Marks a byline or credit line: the names in it are credits, not people of the story. */
    public void addCredit(Span span) {
        credits.add(span);
    }

    /** A medium the page credits (publisher, a byline's paper): an organisation of the story. */
    public void addCreditedMedium(OrganizationMention medium) {
        creditedMedia.add(medium);
    }

    public List<Span> credits() {
        return Collections.unmodifiableList(credits);
    }

    public List<OrganizationMention> creditedMedia() {
        return Collections.unmodifiableList(creditedMedia);
    }

    public List<CountryMention> countries() {
        return Collections.unmodifiableList(countries);
    }

    public List<DateFact> dates() {
        return Collections.unmodifiableList(dates);
    }

    public List<QuantityFact> quantities() {
        return Collections.unmodifiableList(quantities);
    }

    public List<QuoteFact> quotes() {
        return Collections.unmodifiableList(quotes);
    }

    public List<ProjectMention> projects() {
        return Collections.unmodifiableList(projects);
    }

    public List<PlaceMention> places() {
        return Collections.unmodifiableList(places);
    }

    public List<OrganizationMention> organizations() {
        return Collections.unmodifiableList(organizations);
    }

    public List<PersonMention> people() {
        return Collections.unmodifiableList(people);
    }

    public List<EventMention> events() {
        return Collections.unmodifiableList(events);
    }

    public List<DocumentMention> documents() {
        return Collections.unmodifiableList(documents);
    }

    public List<NameCandidate> nameCandidates() {
        return Collections.unmodifiableList(nameCandidates);
    }

    public String title() {
        return title;
    }

    public String publishedOn() {
        return publishedOn;
    }

    public String publisher() {
        return publisher;
    }

    public List<String> reporters() {
        return Collections.unmodifiableList(reporters);
    }
}
