package io.scofacts.app;

import io.scofacts.core.factsheet.FactSheet;

/** A FactSheet as just stored, with its revision and the text it was extracted from. */
public record StoredSheet(FactSheet sheet, long revision, String text) {
}
