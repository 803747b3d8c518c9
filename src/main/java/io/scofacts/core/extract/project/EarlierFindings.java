package io.scofacts.core.extract.project;

import io.scofacts.core.extract.CountryMention;
import io.scofacts.core.extract.Findings;
import io.scofacts.core.extract.OrganizationMention;
import io.scofacts.core.extract.PlaceMention;

/** What earlier recognisers found, indexed by position once per article. */
record EarlierFindings(SpanIndex<CountryMention> countries, SpanIndex<PlaceMention> places,
        SpanIndex<OrganizationMention> organizations, boolean setInChina) {

    static EarlierFindings of(Findings findings) {
        return new EarlierFindings(new SpanIndex<>(findings.countries(), CountryMention::span),
                new SpanIndex<>(findings.places(), PlaceMention::span),
                new SpanIndex<>(findings.organizations(), OrganizationMention::span), setInChina(findings));
    }

    /** A Chinese place named anywhere, or, when no places were looked for, China named anywhere. */
    private static boolean setInChina(Findings findings) {
        for (PlaceMention place : findings.places()) {
            if ("CN".equals(place.country())) {
                return true;
            }
        }
        if (!findings.places().isEmpty()) {
            return false;
        }
        for (CountryMention country : findings.countries()) {
            if ("CN".equals(country.code())) {
                return true;
            }
        }
        return false;
    }
}
