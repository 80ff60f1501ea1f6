package io.postwarden.spf;

/** One directive or modifier of a record, rendered exactly as it was written. */
public sealed interface Term permits Mechanism, Modifier {

    /** The term's text, as in the record. */
    String render();

    /** 0-based offset of the term in the record it was parsed from. */
    int position();
}
