package io.scofacts.core.extract.project;

/**
 * A project name found in the story view: {@code [start, end)} in view offsets, its kind, and the
 * case category the story assigns to it (null when none).
 */
record ProjectCandidate(int start, int end, ProjectLexicon.Kind kind, String category) {

    ProjectCandidate withCategory(String newCategory) {
        return new ProjectCandidate(start, end, kind, newCategory);
    }

    boolean contains(ProjectCandidate other) {
        return start <= other.start && other.end <= end;
    }

    boolean overlaps(ProjectCandidate other) {
        return start < other.end && other.start < end;
    }
}
