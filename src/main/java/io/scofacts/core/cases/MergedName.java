package io.scofacts.core.cases;

import java.util.List;

/** A name under which sources give the case, why it is this case, and which articles write it so. */
public record MergedName(String name, String why, List<String> articleIds) {
}
