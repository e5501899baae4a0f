package org.baclo.knowledge;

import java.util.Optional;

/**
 * A citable source, keyed as in BACLOFEN.md, with a link when its identifier gives one (a
 * PubMed id, a LOINC code); {@code url} is null otherwise.
 */
public record Source(String key, String citation, String url) {

    public Source(String key, String citation) {
        this(key, citation, null);
    }

    public Optional<String> link() {
        return Optional.ofNullable(url);
    }
}
