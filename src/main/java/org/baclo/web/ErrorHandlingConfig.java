package org.baclo.web;

import org.baclo.security.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Errors outside the controllers: the error controller that answers API errors with
 * problem documents, and the Tomcat valve that does the same for requests Tomcat refuses
 * before they reach the application (odd URLs).
 */
@Configuration
class ErrorHandlingConfig {

    @Bean
    ErrorController errorPages(ErrorAttributes attributes, WebProperties web,
            ObjectProvider<ErrorViewResolver> resolvers, ProblemWriter problems) {
        return new ErrorPages(attributes, web, resolvers.orderedStream().toList(), problems);
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorValve() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

}
