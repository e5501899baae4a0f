package org.baclo.fhirmap;

import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * Bundles of resources, each entry's fullUrl the server base plus the resource's type and
 * id.
 */
public final class Bundles {

    private Bundles() {
    }

    /**
     * A collection (an export document) or a searchset (a server answer), stamped with
     * {@code at}.
     */
    public static Bundle of(Bundle.BundleType type, String baseUrl, List<? extends Resource> resources, Date at) {
        Bundle b = new Bundle();
        b.setType(type);
        b.setTimestamp(at);
        if (type == Bundle.BundleType.SEARCHSET) {
            b.setTotal(resources.size());
        }
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        for (Resource r : resources) {
            Bundle.BundleEntryComponent e = b.addEntry()
                .setFullUrl(base + "/" + r.fhirType() + "/" + r.getIdPart())
                .setResource(r);
            if (type == Bundle.BundleType.SEARCHSET) {
                e.getSearch().setMode(Bundle.SearchEntryMode.MATCH);
            }
        }
        return b;
    }

    /**
     * A collection whose entries are named by urn:uuid fullUrls (ids must be UUIDs): a
     * document with no server.
     */
    public static Bundle ofUuids(List<? extends Resource> resources, Date at) {
        Bundle b = new Bundle();
        b.setType(Bundle.BundleType.COLLECTION);
        b.setTimestamp(at);
        for (Resource r : resources) {
            b.addEntry().setFullUrl("urn:uuid:" + r.getIdPart()).setResource(r);
        }
        return b;
    }

}
