package io.scofacts.core.extract.date;

import java.util.List;

/** Finds the date phrases of one family of spellings in the matching view of an article. */
interface DateFinder {

    /**
     * Adds every phrase found in {@code view} to {@code out}; {@code language} (ISO 639-1, may be
     * "und") only decides between readings of ambiguous numeric forms.
     */
    void find(String view, String language, List<DateCandidate> out);
}
