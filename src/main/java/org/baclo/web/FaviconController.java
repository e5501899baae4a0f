package org.baclo.web;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The site icon (issue 14, item 8): browsers ask for /favicon.ico whatever the page
 * links, so that path answers with the SVG icon rather than a 404 in every log.
 */
@Controller
class FaviconController {

    private static final Resource ICON = new ClassPathResource("static/favicon.svg");

    @GetMapping("/favicon.ico")
    ResponseEntity<Resource> favicon() {
        return ResponseEntity.ok()
            .contentType(MediaType.valueOf("image/svg+xml"))
            .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(7)))
            .body(ICON);
    }

}
