package io.scofacts.core.extract.quantity;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A measure word, currency or unit symbol of {@code lexicon/units.tsv}: the contract unit it
 * stands for and the factor it puts on the number (千瓦 is a thousandth of a MW).
 */
record UnitWord(String surface, String unit, BigDecimal multiplier, Set<Flag> flags) {

    enum Flag {
        /** Written ahead of the number: $2.5, 人民币5亿, 百分之七十. */
        BEFORE,
        /** A classifier the counted noun refines: 个, 项, 座. */
        GENERIC,
        /** A count noun that modifier words may separate from its number: 21 signed projects. */
        NOUN,
        /** Matches every word it begins: Russian case endings. */
        STEM,
        /** Matched case-sensitively: P, MW. */
        CASE,
        /** Only after a Chinese numeral: 七成. */
        CHINESE_NUMERAL,
        /** The X大 pattern: 三大板块. */
        BIG,
        /** May be joined to its number by a hyphen: 5-year. */
        HYPHEN
    }

    boolean has(Flag flag) {
        return flags.contains(flag);
    }
}
