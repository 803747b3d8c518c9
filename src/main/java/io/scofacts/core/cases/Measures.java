package io.scofacts.core.cases;

import io.scofacts.core.factsheet.QuantityFact;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a figure measures, as one key however a source words it: the kind of measure read from
 * the figure's subject and clause (attendance: 1500余名嘉宾, 600余名政商代表, "600 guests";
 * trainees: 培训学员770余人次, "trained 300"; projects signed; investment) and its unit, so that
 * sources giving different values of one measure disagree visibly. A figure of no known kind is
 * keyed by its unit and the words of its subject.
 */
final class Measures {

    static final String ATTENDANCE = "attendance";
    static final String TRAINEES = "trainees";
    static final String PROJECTS_SIGNED = "projects_signed";
    static final String INVESTMENT = "investment";
    static final String AMOUNT = "amount";
    private static final Set<String> CURRENCIES = Set.of("CNY", "USD", "EUR", "RUB", "KZT", "UZS", "KGS", "TJS", "PKR",
            "INR", "HKD", "GBP", "JPY");

    private final NameWords words;

    Measures(NameWords words) {
        this.words = words;
    }

    /** The kind of measure, or null when the subject and clause name none. */
    String kind(QuantityFact quantity, String clause) {
        Set<String> said = concepts(quantity.subject() == null ? clause : quantity.subject() + " " + clause);
        String unit = quantity.unit();
        if ("person".equals(unit)) {
            if (said.contains("trainee") || said.contains("training")) {
                return TRAINEES;
            }
            if (said.contains("attendee")) {
                return ATTENDANCE;
            }
        } else if ("project".equals(unit) && said.contains("signing")) {
            return PROJECTS_SIGNED;
        } else if (unit != null && CURRENCIES.contains(unit)) {
            if (said.contains("investment")) {
                return INVESTMENT;
            }
            if (said.contains("amount") || said.contains("signing")) {
                return AMOUNT;
            }
        }
        return null;
    }

    /** The measure key: kind and unit, or unit and the subject's words. */
    String key(QuantityFact quantity, String clause) {
        String kind = kind(quantity, clause);
        if (kind != null) {
            return kind + ":" + quantity.unit();
        }
        if (quantity.subject() == null || quantity.subject().isBlank()) {
            return quantity.unit() + ":";
        }
        TreeSet<String> subject = new TreeSet<>();
        for (NameWords.Word word : words.read(NameWords.fold(quantity.subject()))) {
            if (word.kind() == NameWords.Word.Kind.CONCEPT) {
                subject.add(word.concept());
            } else if (word.kind() == NameWords.Word.Kind.OWN) {
                subject.add(word.text());
            }
        }
        return quantity.unit() + ":" + String.join(",", subject);
    }

    /** Counted at an event as a whole: its attendance, the projects signed there and their value. */
    static boolean isEventLevel(String kind) {
        return ATTENDANCE.equals(kind) || PROJECTS_SIGNED.equals(kind) || INVESTMENT.equals(kind) || AMOUNT.equals(kind);
    }

    private Set<String> concepts(String text) {
        Set<String> concepts = new TreeSet<>();
        List<NameWords.Word> read = words.read(NameWords.fold(text));
        read.stream().filter(w -> w.kind() == NameWords.Word.Kind.CONCEPT).forEach(w -> concepts.add(w.concept()));
        return concepts;
    }
}
