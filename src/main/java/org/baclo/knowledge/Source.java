package org.baclo.knowledge;

/**
 * A citable source, keyed as in BACLOFEN.md; {@code url} (may be null) is where a reader
 * finds it.
 */
public record Source(String key, String citation, String url) {
}
