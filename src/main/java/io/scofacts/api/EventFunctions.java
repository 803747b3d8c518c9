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
public class EventFunctions {

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
        RequestFields fields = RequestFields.of(Listings.orEmpty(request), Set.of("limit", "pageToken"));
        Page<EventOverview> page = Listings.page(fields, dossiers::listEvents);
        return new EventList(page.items(), page.next());
    }
}
