package io.scofacts.core.extract.event;

import io.scofacts.core.extract.Findings;
import io.scofacts.core.factsheet.Span;
import io.scofacts.core.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;

/** The names earlier recognisers found (countries, places, organisations) as a mask over the view. */
public final class NameContext {

    private NameContext() {
    }

    public static ViewMask namesFound(NormalizedText view, Findings findings) {
        List<Span> spans = new ArrayList<>();
        findings.countries().forEach(country -> spans.add(country.span()));
        findings.places().forEach(place -> spans.add(place.span()));
        findings.organizations().forEach(organization -> spans.add(organization.span()));
        return ViewMask.of(view, spans);
    }
}
