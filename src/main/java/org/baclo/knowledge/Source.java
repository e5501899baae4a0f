package org.baclo.knowledge;

/** A citable source, keyed as in BACLOFEN.md. */
public record Source(String key, String citation) {
}
