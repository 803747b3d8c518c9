package io.scofacts.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.scofacts.core.factsheet.FactSheet;
import io.scofacts.core.factsheet.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HanlpBaselineTest {

    @Test
    void namesAreDeduplicatedAndOffsetsCoverThemInTheSubmittedText() {
        String text = "　　新華社北京電 國家主席習近平在北京會見哈薩克斯坦總統。習近平表示,中方願同哈方深化合作。";
        FactSheet sheet = HanlpBaseline.factSheet(HanlpBaseline.segment(), text,
                HanlpBaseline.chineseCountryNames());
        List<String> names = new ArrayList<>();
        sheet.people().forEach(p -> {
            names.add(p.name());
            p.mentions().forEach(span -> assertEquals(p.name(), covered(text, span)));
        });
        sheet.places().forEach(p -> p.mentions().forEach(span -> assertEquals(p.name(), covered(text, span))));
        sheet.organizations().forEach(o -> o.mentions().forEach(span -> assertEquals(o.name(), covered(text, span))));
        assertFalse(names.isEmpty(), "HanLP found no person at all");
        sheet.countries().forEach(c -> assertEquals("KZ", c.code(), c.name()));
        assertEquals(names.size(), names.stream().distinct().count(), "names repeated: " + names);
    }

    private static String covered(String text, Span span) {
        return text.substring(span.start(), span.end());
    }
}
