package io.scofacts.storage;

/**
 * One listing a case or event appears in: the index partition ({@code facet}), its place in
 * that listing ({@code sort}), and the attributes a listing may filter on.
 */
public record DossierFacet(String facet, String sort, String countryCodes, String categoryKey, String searchText) {
}
