package org.baclo.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links in pages are written as the templates give them (issue 15: fast screens).
 *
 * <p>
 * With the webjars locator on the class path, Spring Boot registers a
 * {@link ResourceUrlEncodingFilter} that offers every link a page writes
 * ({@code @{/patients/42/followup}}) to the static resource chain. The default static
 * mapping is {@code /**}, so each link of every page became a class-path lookup inside
 * the packaged jar — uncached, because only resources that exist are cached: 45% of the
 * worklist's CPU and 62% of the timeline's in a profile of the 10,000-patient benchmark.
 * The filter only rewrote webjar links to versioned ones; the version-less links
 * ({@code /webjars/bootstrap/css/bootstrap.min.css}) are still served, through the same
 * webjars resolver, so it is registered here switched off (Boot backs off when a
 * registration of this filter exists).
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceLinks {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> off = new FilterRegistrationBean<>(
                new ResourceUrlEncodingFilter());
        off.setEnabled(false);
        return off;
    }

}
