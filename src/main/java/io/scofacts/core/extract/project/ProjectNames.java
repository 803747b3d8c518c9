package io.scofacts.core.extract.project;

import io.scofacts.core.lexicon.LexiconFile;
import io.scofacts.core.text.NameKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One project, one name. A story often names a project twice: a description and then the name
 * ("中亚首家鲁班工坊——塔吉克斯坦鲁班工坊"), a long form and the short form it defines
 * ("中国和巴基斯坦首条…光缆项目(下称“中巴跨境光缆项目”)"), or the name with and without its head
 * noun ("中巴跨境光缆" / "中巴跨境光缆项目"). Each is one project, reported under its name.
 */
final class ProjectNames {

    private static final int MAX_SHORT_FORM = 30;
    private static final String OPENERS = " :：—–-“\"«'‘「";
    private static final String CLOSERS = "”\"»'’」)）";

    /** How a story introduces a short form it will use ("以下简称", "hereinafter", "далее"). */
    private final List<String> shortFormMarkers = new ArrayList<>();
    /** Head nouns a project's name may drop ("项目", "project"). */
    private final List<String> droppableHeads = new ArrayList<>();

    ProjectNames(ProjectLexicon lexicon) {
        LexiconFile.read("lexicon/organization-alias-markers.tsv").forEach(row -> shortFormMarkers.add(row[0]));
        shortFormMarkers.sort((a, b) -> b.length() - a.length());
        for (ProjectLexicon.Head head : lexicon.heads) {
            if (head.kind() == ProjectLexicon.Kind.PROJECT) {
                droppableHeads.add(head.word());
            }
        }
    }

    /**
     * The name to report for each candidate (text order, non-overlapping), or null where the
     * candidate only describes the project named right after it.
     */
    List<String> names(String text, List<ProjectCandidate> candidates) {
        List<String> names = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            ProjectCandidate candidate = candidates.get(i);
            boolean describesNext = i + 1 < candidates.size() && apposition(text, candidate.end(), candidates.get(i + 1).start());
            names.add(describesNext ? null : text.substring(candidate.start(), candidate.end()));
        }
        Map<String, String> byKey = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            String shortForm = definedShortForm(text, candidates.get(i).end());
            if (names.get(i) != null && shortForm != null) {
                byKey.putIfAbsent(NameKey.of(names.get(i)), shortForm);
            }
        }
        for (String name : names) {
            if (name != null) {
                String bare = withoutHead(name);
                if (!bare.equals(name)) {
                    byKey.putIfAbsent(NameKey.of(bare), name);
                }
            }
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name != null) {
                names.set(i, byKey.getOrDefault(NameKey.of(name), name));
            }
        }
        return names;
    }

    /** "A——B": only a double dash (破折号) between the two names. */
    private static boolean apposition(String text, int end, int nextStart) {
        String gap = text.substring(end, Math.max(end, nextStart)).strip();
        return gap.length() == 2 && isDash(gap.charAt(0)) && isDash(gap.charAt(1));
    }

    private static boolean isDash(char c) {
        return c == '—' || c == '–';
    }

    private String withoutHead(String name) {
        for (String head : droppableHeads) {
            if (name.length() > head.length() + 1 && name.regionMatches(true, name.length() - head.length(), head, 0, head.length())) {
                return name.substring(0, name.length() - head.length()).strip();
            }
        }
        return name;
    }

    /** The short form a bracket right after a name defines ("(下称“X”)", "(hereinafter “X”)"), or null. */
    private String definedShortForm(String text, int end) {
        int at = end;
        if (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        if (at >= text.length() || (text.charAt(at) != '(' && text.charAt(at) != '（')) {
            return null;
        }
        at++;
        String marker = null;
        for (String candidate : shortFormMarkers) {
            if (text.regionMatches(true, at, candidate, 0, candidate.length())) {
                marker = candidate;
                break;
            }
        }
        if (marker == null) {
            return null;
        }
        at += marker.length();
        while (at < text.length() && OPENERS.indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        int shortEnd = at;
        while (shortEnd < text.length() && shortEnd - at <= MAX_SHORT_FORM && CLOSERS.indexOf(text.charAt(shortEnd)) < 0) {
            shortEnd++;
        }
        if (shortEnd == at || shortEnd >= text.length() || CLOSERS.indexOf(text.charAt(shortEnd)) < 0) {
            return null;
        }
        return text.substring(at, shortEnd);
    }
}
