package io.scofacts.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.funqy.Funq;
import io.scofacts.app.DossierIndex;
import io.scofacts.core.cases.EventOverview;
import io.scofacts.core.cases.EventSummary;
import io.scofacts.storage.Page;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/** eventSummary and listEvents. */
@Admitted
public class EventFunctions {

    private static final int EARLIEST_YEAR = 1900;
    private static final int LATEST_YEAR = 2100;

    @Inject
    DossierIndex dossiers;

    public record EventList(List<EventOverview> items, String next) {
    }

    @Funq
    public EventSummary eventSummary(JsonNode request) {
        return dossiers.eventSummary(Ids.eventId(RequestFields.of(request, Set.of("eventId"))));
    }

    @Funq
    public EventList listEvents(JsonNode request) {
        RequestFields fields = RequestFields.of(Listings.orEmpty(request),
                Set.of("country", "year", "text", "limit", "pageToken"));
        String country = Listings.country(fields);
        Integer year = fields.optionalInteger("year", EARLIEST_YEAR, LATEST_YEAR);
        String text = Listings.searchText(fields, dossiers);
        Page<EventOverview> page = Listings.page(fields, (token, limit) ->
                dossiers.listEvents(country, year == null ? null : year.toString(), text, token, limit));
        return new EventList(page.items(), page.next());
    }
}
