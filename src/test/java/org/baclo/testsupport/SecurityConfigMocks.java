package org.baclo.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.baclo.security.ApiTokenService;
import org.baclo.security.AuditService;
import org.baclo.security.BacloUserDetailsService;
import org.baclo.security.LoginThrottle;
import org.baclo.security.ProblemWriter;
import org.baclo.security.RefusalAudit;
import org.baclo.security.SecurityEpoch;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * For web slice tests that import {@code SecurityConfig}: mocks of the services its
 * filter chains need (a new dependency of SecurityConfig is added here, once).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@MockitoBean(types = { ApiTokenService.class, ProblemWriter.class, BacloUserDetailsService.class, LoginThrottle.class,
        AuditService.class, RefusalAudit.class, SecurityEpoch.class })
public @interface SecurityConfigMocks {

}
