package io.scofacts.core.cases;

/** Another event, by id and by the name the sources give it: a sub-event's parent, a parent's sub-events. */
public record EventRef(String eventId, String name) {
}
