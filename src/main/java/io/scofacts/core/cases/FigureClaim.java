package io.scofacts.core.cases;

import java.util.List;

/** One value of one measure, with every source that gives it. */
public record FigureClaim(String measure, Number value, String unit, String approx, String subject, String text,
        List<Citation> sources) {
}
