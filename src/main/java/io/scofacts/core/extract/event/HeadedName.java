package io.scofacts.core.extract.event;

/**
 * A name found in the view: {@code [start, end)} is the name as reported, {@code head} the head
 * word it is built on, starting at {@code headStart}. {@code named} is false for a generic mention
 * ("此次论坛", "the Forum"), which refers back to an event rather than naming a new one.
 */
public record HeadedName(int start, int end, int headStart, String head, boolean named) {
}
