package org.baclo.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link AuditFlushFilter} around everything else, the security filters included.
 */
@Configuration
class AuditConfig {

    /** Work deferred to the end of a request (one per application). */
    @Bean
    org.baclo.app.AfterRequest afterRequest() {
        return new org.baclo.app.AfterRequest();
    }

    @Bean
    FilterRegistrationBean<AuditFlushFilter> auditFlushFilter(AuditService audit,
            org.baclo.app.AfterRequest afterRequest) {
        FilterRegistrationBean<AuditFlushFilter> r = new FilterRegistrationBean<>(
                new AuditFlushFilter(audit, afterRequest));
        r.setOrder(Ordered.HIGHEST_PRECEDENCE);
        r.addUrlPatterns("/*");
        return r;
    }

}
