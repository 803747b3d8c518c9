package io.scofacts.storage;

/**
 * One listing a case or event appears in: the index partition ({@code facet}), its place in
 * that listing ({@code sort}), and the attributes a listing may filter on (null when a listing
 * never filters on it). A facet item holds only these: the listing reads the overview itself.
 */
public record DossierFacet(String facet, String sort, String countryCodes, String categoryKey, String year,
        String searchText) {
}
