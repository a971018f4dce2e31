package org.krait.runtime.text;

/**
 * The state machine of istitle, shared by str and bytes (unicode_istitle_impl,
 * _Py_bytes_istitle): an upper/titlecase character may only follow an uncased one, a lowercase
 * character only a cased one, and at least one cased character is needed.
 */
final class TitleScan {
    private boolean cased;
    private boolean previousIsCased;

    /** Feeds the next character's class; false as soon as the text cannot be titlecased. */
    boolean next(boolean upperOrTitle, boolean lower) {
        if (upperOrTitle || lower) {
            if (previousIsCased == upperOrTitle) {
                return false;
            }
            previousIsCased = true;
            cased = true;
        } else {
            previousIsCased = false;
        }
        return true;
    }

    /** The answer once every character has been fed. */
    boolean result() {
        return cased;
    }
}
