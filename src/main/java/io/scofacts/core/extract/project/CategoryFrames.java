package io.scofacts.core.extract.project;

import java.util.ArrayList;
import java.util.List;

/**
 * "在数字基础设施类案例中，X项目…" / "服务民生领域中，Y…": a sentence that opens inside a case
 * category gives that category to the cases it names, though it lists none.
 */
final class CategoryFrames {

    /** What may follow a category wording to make it a frame ("类案例中", "领域中", "”类别中"). */
    private static final String[] FRAME_TAILS = {"类案例中", "类别中", "类中", "领域案例中", "领域中"};

    private final ProjectLexicon lexicon;

    CategoryFrames(ProjectLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A category and the stretch of text it covers: from the frame to the end of its sentence. */
    record Frame(int start, int end, String category) {
    }

    List<Frame> find(String match) {
        List<Frame> frames = new ArrayList<>();
        for (String wording : lexicon.categoryWordings) {
            for (int at = match.indexOf(wording); at >= 0; at = match.indexOf(wording, at + 1)) {
                int tailStart = at + wording.length();
                if (tailStart < match.length() && (match.charAt(tailStart) == '”' || match.charAt(tailStart) == '」')) {
                    tailStart++;
                }
                String tail = tailAt(match, tailStart);
                if (tail != null) {
                    int start = tailStart + tail.length();
                    frames.add(new Frame(start, sentenceEnd(match, start), lexicon.categories.get(wording)));
                }
            }
        }
        return frames;
    }

    /** The category of the frame {@code position} lies in, else null. */
    static String categoryAt(List<Frame> frames, int position) {
        for (Frame frame : frames) {
            if (frame.start() <= position && position < frame.end()) {
                return frame.category();
            }
        }
        return null;
    }

    private static String tailAt(String match, int at) {
        for (String tail : FRAME_TAILS) {
            if (match.startsWith(tail, at)) {
                return tail;
            }
        }
        return null;
    }

    private static int sentenceEnd(String match, int from) {
        int end = from;
        while (end < match.length() && !Clauses.isSentenceEnd(match.charAt(end))) {
            end++;
        }
        return end;
    }
}
