package io.scofacts.core.extract.country;

/**
 * Where a written name comes from, strongest first. When two sources give one text different
 * meanings the stronger wins; when equally strong sources disagree (刚果 for both Congos)
 * the text is ambiguous and names no country.
 */
enum NameSource {
    /** The non-names lexicon: words that are not country names. */
    NON_NAME,
    /** An alias as written in the aliases lexicon. */
    ALIAS,
    /** An inflected form of a Russian alias. */
    ALIAS_FORM,
    /** A CLDR display name as the JDK gives it. */
    CLDR,
    /** A form derived from a CLDR name: without its parenthesis, with "and" for "&", in capitals, inflected. */
    CLDR_FORM
}
