package org.baclo.testsupport;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Registered by {@link PostgresTest}: points {@code spring.datasource.*} of a new test
 * context at a fresh database.
 */
class PostgresContextCustomizerFactory implements ContextCustomizerFactory {

    static final String PROPERTY_SOURCE = "bacloTestPostgres";

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return TestContextAnnotationUtils.hasAnnotation(testClass, PostgresTest.class) ? new Customizer() : null;
    }

    /**
     * Equal to every other instance, so the context cache key only records "on
     * PostgreSQL".
     */
    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            TestPostgres.Database db = TestPostgres.createDatabase();
            Map<String, Object> props = Map.of("spring.datasource.url", db.url(), "spring.datasource.username",
                    db.username(), "spring.datasource.password", db.password(), "spring.datasource.driver-class-name",
                    "org.postgresql.Driver",
                    // a few connections per context: several contexts share one server
                    "spring.datasource.hikari.maximum-pool-size", "5", "spring.datasource.hikari.minimum-idle", "1",
                    // keep @DataJdbcTest/@JdbcTest slices from swapping the database for
                    // an embedded H2
                    "spring.test.database.replace", "none");
            MutablePropertySources sources = context.getEnvironment().getPropertySources();
            sources.addFirst(new MapPropertySource(PROPERTY_SOURCE, props));
            // Other customizers (e.g. the one mapping @AutoConfigureTestDatabase of a
            // slice to properties) may add
            // their sources first after this one; once they all ran, and before any
            // configuration class is read,
            // put this source back in front.
            context.addBeanFactoryPostProcessor(new BeanDefinitionRegistryPostProcessor() {
                @Override
                public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
                    PropertySource<?> mine = sources.remove(PROPERTY_SOURCE);
                    if (mine != null) {
                        sources.addFirst(mine);
                    }
                }

                @Override
                public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
                }
            });
        }

        @Override
        public boolean equals(Object other) {
            return other != null && other.getClass() == getClass();
        }

        @Override
        public int hashCode() {
            return getClass().hashCode();
        }

    }

}
