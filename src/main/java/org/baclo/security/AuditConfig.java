package org.baclo.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link AuditFlushFilter} around everything else, the security filters included. */
@Configuration
class AuditConfig {
    @Bean
    FilterRegistrationBean<AuditFlushFilter> auditFlushFilter(AuditService audit) {
        FilterRegistrationBean<AuditFlushFilter> r = new FilterRegistrationBean<>(new AuditFlushFilter(audit));
        r.setOrder(Ordered.HIGHEST_PRECEDENCE);
        r.addUrlPatterns("/*");
        return r;
    }
}
