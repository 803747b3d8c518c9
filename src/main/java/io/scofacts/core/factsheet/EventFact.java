package io.scofacts.core.factsheet;

import java.util.List;

/** A named event; {@code date} is ISO (first day) or null. */
public record EventFact(String name, String date, String place, List<Span> mentions) {
}
