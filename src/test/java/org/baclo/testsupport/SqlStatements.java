package org.baclo.testsupport;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application runs:
 * {@code @Import(SqlStatements.Config.class)} wraps the context's {@link DataSource} so
 * that every statement executed (prepared, callable or plain; a batch counts once) is
 * recorded with its SQL. Tests read {@link #since(int)} around one request.
 */
public final class SqlStatements {

    private static final List<String> executed = new ArrayList<>();

    private SqlStatements() {
    }

    /** How many statements ran so far (a mark for {@link #since(int)}). */
    public static synchronized int mark() {
        return executed.size();
    }

    /** The statements (their SQL, lower case) run since {@code mark}. */
    public static synchronized List<String> since(int mark) {
        return List.copyOf(executed.subList(mark, executed.size()));
    }

    private static synchronized void record(String sql) {
        executed.add(sql == null ? "?" : sql.strip().toLowerCase(Locale.ROOT));
    }

    /** Wraps the application's DataSource. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass()) ? wrap(ds) : bean;
                }
            };
        }

    }

    static DataSource wrap(DataSource ds) {
        return proxy(DataSource.class, ds, (m, args, result) -> m.getName().equals("getConnection")
                ? proxy(Connection.class, (Connection) result, SqlStatements::onConnection) : result);
    }

    private static Object onConnection(Method m, Object[] args, Object result) {
        if (result instanceof CallableStatement c) {
            String sql = (String) args[0];
            return proxy(CallableStatement.class, c, (mm, a, r) -> onPrepared(sql, mm, r));
        }
        if (result instanceof PreparedStatement p) {
            String sql = (String) args[0];
            return proxy(PreparedStatement.class, p, (mm, a, r) -> onPrepared(sql, mm, r));
        }
        if (result instanceof Statement s) {
            return proxy(Statement.class, s, (mm, a, r) -> {
                if (mm.getName().startsWith("execute") && a != null && a.length > 0 && a[0] instanceof String sql) {
                    record(sql);
                }
                else if (mm.getName().equals("executeBatch")) {
                    record("batch");
                }
                return r;
            });
        }
        return result;
    }

    private static Object onPrepared(String sql, Method m, Object result) {
        if (m.getName().startsWith("execute") || m.getName().equals("executeBatch")) {
            record(sql);
        }
        return result;
    }

    private interface After {

        Object apply(Method m, Object[] args, Object result) throws Exception;

    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, After after) {
        InvocationHandler h = (p, m, args) -> {
            if (m.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> c && c.isInstance(target)) {
                return target;
            }
            Object r;
            try {
                r = m.invoke(target, args);
            }
            catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return after.apply(m, args, r);
        };
        return (T) Proxy.newProxyInstance(SqlStatements.class.getClassLoader(), new Class<?>[] { type }, h);
    }

}
