package io.scofacts.core.factsheet;

import java.util.List;

/** A named body: ministry, company, institute, international organisation, credited medium. */
public record OrganizationFact(String name, String country, List<Span> mentions) {
}
