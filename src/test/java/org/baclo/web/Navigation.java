package org.baclo.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Page changes in the browser flows. */
final class Navigation {

    private Navigation() {
    }

    /**
     * Clicks a link or submit button and waits until the browser shows a new, loaded
     * document: the current one is marked first, so this works when the next page has the
     * same URL (a form posted back to itself, a redirect to the same page) and without
     * Playwright's deprecated {@code waitForNavigation}.
     */
    static void clickAndWait(Page page, Locator target) {
        page.evaluate("() => { window.__bacloPreviousPage = true; }");
        target.click();
        page.waitForFunction("() => window.__bacloPreviousPage === undefined && document.readyState === 'complete'");
    }

}
