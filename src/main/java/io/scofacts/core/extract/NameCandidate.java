package io.scofacts.core.extract;

import io.scofacts.core.factsheet.Span;

/**
 * A name the statistical tagger proposes: a person, an organisation or a location, at a span of
 * the submitted text. Candidates are not facts: the person, organisation and place recognisers
 * judge them (boundaries, type, what is not a name) before any becomes a mention.
 */
public record NameCandidate(Kind kind, Span span) {

    public enum Kind {
        PERSON, ORGANIZATION, LOCATION
    }
}
