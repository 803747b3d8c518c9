package io.scofacts.core.extract.quote;

/**
 * A pair of quotation marks in the view: {@code open} and {@code close} index the marks
 * themselves. An unclosed quotation runs to the end of its paragraph, where {@code close} is the
 * line break (or the text's end): pasted excerpts often stop inside a quotation.
 */
record Quotation(int open, int close, boolean closed) {

    Quotation(int open, int close) {
        this(open, close, true);
    }

    int contentStart() {
        return open + 1;
    }

    int contentEnd() {
        return close;
    }
}
