package io.scofacts.core.extract.quote;

/** A pair of quotation marks in the view: {@code open} and {@code close} index the marks themselves. */
record Quotation(int open, int close) {

    int contentStart() {
        return open + 1;
    }

    int contentEnd() {
        return close;
    }
}
