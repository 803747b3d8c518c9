package io.scofacts.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void aTraditionalQueryFindsASimplifiedNameThroughItsTermsAndText() {
        List<String> names = List.of("中乌电商生态体系项目", "Uzbekistan E-commerce Ecosystem Project");
        List<String> terms = SearchTerms.of(names);
        assertTrue(terms.contains(SearchTerms.lookupTerm("電商生態")), terms.toString());
        assertTrue(SearchTerms.searchText(names).contains(SearchTerms.foldedQuery("電商生態")));
        assertTrue(terms.contains(SearchTerms.lookupTerm("ecosystem")));
        assertTrue(SearchTerms.searchText(names).contains(SearchTerms.foldedQuery("E-Commerce")));
    }

    @Test
    void aQueryWithoutATermHasNoLookup() {
        assertNull(SearchTerms.lookupTerm("电"));
        assertNull(SearchTerms.lookupTerm("《》 —"));
        assertEquals("电商", SearchTerms.lookupTerm("电商"));
    }

    @Test
    void termsAreCappedSoACaseFitsOneTransaction() {
        StringBuilder longName = new StringBuilder();
        for (char c = '\u4e2d'; c < '\u4e2d' + 200; c++) {
            longName.append(c);
        }
        assertEquals(SearchTerms.MAX_TERMS, SearchTerms.of(List.of(longName.toString())).size());
    }
}
