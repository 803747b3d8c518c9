package io.scofacts.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the page highlights, measured in the browser: the offsets of highlighted runs of the
 * rendered article text, counted in JavaScript's UTF-16 units from the text nodes themselves,
 * and what the FactSheet says should be highlighted, for comparing the two.
 */
final class Highlights {

    /** A run [start, end) of the text. */
    record Run(int start, int end) {
    }

    /** The text as rendered, each fact's highlighted runs by its key (field.index), and the runs of each state. */
    record Rendered(String text, Map<String, List<Run>> facts, List<Run> selected, List<Run> current,
            List<Run> citedSentence, List<Run> citedMention) {
    }

    private static final String PROBE = """
            const container = document.querySelector('.article-text');
            if (!container) { return null; }
            const pieces = [];
            let offset = 0;
            const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const mark = node.parentElement.closest('mark');
              pieces.push({start: offset, end: offset + node.data.length, mark});
              offset += node.data.length;
            }
            const runs = (test) => {
              const out = [];
              for (const piece of pieces) {
                if (!piece.mark || !test(piece.mark)) { continue; }
                const last = out[out.length - 1];
                if (last && last[1] === piece.start) { last[1] = piece.end; } else { out.push([piece.start, piece.end]); }
              }
              return out;
            };
            const keys = new Set();
            for (const piece of pieces) {
              if (piece.mark && piece.mark.dataset.facts) { piece.mark.dataset.facts.split(' ').forEach((k) => keys.add(k)); }
            }
            const facts = {};
            for (const key of keys) { facts[key] = runs((mark) => (mark.dataset.facts || '').split(' ').includes(key)); }
            return {
              text: container.textContent, facts,
              selected: runs((mark) => mark.classList.contains('selected')),
              current: runs((mark) => mark.classList.contains('current')),
              citedSentence: runs((mark) => mark.classList.contains('cited-sentence')),
              citedMention: runs((mark) => mark.classList.contains('cited-mention')),
            };
            """;

    private Highlights() {
    }

    @SuppressWarnings("unchecked")
    static Rendered rendered(Browser browser) {
        Map<String, Object> probe = (Map<String, Object>) browser.script(PROBE);
        if (probe == null) {
            throw new AssertionError("the page shows no article text");
        }
        Map<String, List<Run>> facts = new TreeMap<>();
        ((Map<String, Object>) probe.get("facts")).forEach((key, runs) -> facts.put(key, runs(runs)));
        return new Rendered((String) probe.get("text"), facts, runs(probe.get("selected")), runs(probe.get("current")),
                runs(probe.get("citedSentence")), runs(probe.get("citedMention")));
    }

    @SuppressWarnings("unchecked")
    private static List<Run> runs(Object value) {
        List<Run> runs = new ArrayList<>();
        for (Object pair : (List<Object>) value) {
            List<Number> bounds = (List<Number>) pair;
            runs.add(new Run(bounds.get(0).intValue(), bounds.get(1).intValue()));
        }
        return runs;
    }

    /**
     * What a FactSheet (as JSON read into maps) asks to be highlighted: for every item of every list
     * field that carries offsets ("mentions", or "mention"), its spans merged into runs, by field.index.
     */
    @SuppressWarnings("unchecked")
    static Map<String, List<Run>> expected(Map<String, Object> sheet) {
        Map<String, List<Run>> facts = new TreeMap<>();
        sheet.forEach((field, value) -> {
            if (!(value instanceof List<?> items)) {
                return;
            }
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) instanceof Map<?, ?> item) {
                    Object offsets = item.containsKey("mentions") ? item.get("mentions") : item.get("mention");
                    List<Run> spans = spans(offsets);
                    if (!spans.isEmpty()) {
                        facts.put(field + "." + i, merged(spans));
                    }
                }
            }
        });
        return facts;
    }

    @SuppressWarnings("unchecked")
    private static List<Run> spans(Object offsets) {
        List<Run> spans = new ArrayList<>();
        if (offsets instanceof List<?> list && list.size() == 2 && list.get(0) instanceof Number) {
            spans.add(new Run(((Number) list.get(0)).intValue(), ((Number) list.get(1)).intValue()));
        } else if (offsets instanceof List<?> list) {
            for (Object pair : list) {
                List<Number> bounds = (List<Number>) pair;
                spans.add(new Run(bounds.get(0).intValue(), bounds.get(1).intValue()));
            }
        }
        return spans;
    }

    /** Overlapping or touching spans as one run, as a reader sees them highlighted. */
    static List<Run> merged(List<Run> spans) {
        List<Run> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Run::start));
        List<Run> runs = new ArrayList<>();
        for (Run span : sorted) {
            Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && span.start() <= last.end()) {
                runs.set(runs.size() - 1, new Run(last.start(), Math.max(last.end(), span.end())));
            } else {
                runs.add(span);
            }
        }
        return runs;
    }

    /** The text of each run, to make a failure readable. */
    static List<String> texts(String text, List<Run> runs) {
        return runs.stream().map(run -> text.substring(run.start(), run.end())).toList();
    }
}
