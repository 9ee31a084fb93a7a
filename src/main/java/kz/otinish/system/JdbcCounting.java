package kz.otinish.system;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts what the application asks of its database, so that the cost of a request can be
 * measured (docs/operations.md, "Registration cost"): every SQL statement (each row of a
 * batch counts), every round trip (an execution, a batch, a commit or a rollback) and
 * every commit, as the Micrometer counters {@code otinish.jdbc.statements},
 * {@code otinish.jdbc.round-trips} and {@code otinish.jdbc.commits}, and per thread for
 * {@link RequestCost}, which records them per HTTP request.
 */
final class JdbcCounting implements BeanPostProcessor {

	private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
			"executeLargeUpdate");

	private static final Logger log = LoggerFactory.getLogger(JdbcCounting.class);

	private static final ThreadLocal<long[]> ON_THIS_THREAD = ThreadLocal.withInitial(() -> new long[3]);

	private final ObjectProvider<MeterRegistry> registry;

	private volatile @Nullable Counters counters;

	JdbcCounting(ObjectProvider<MeterRegistry> registry) {
		this.registry = registry;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof Counted)) {
			return new Counted(dataSource);
		}
		return bean;
	}

	/**
	 * What this thread has asked of the database so far: statements, round trips and
	 * commits (a snapshot; subtract two to measure a piece of work).
	 */
	static Tally onThisThread() {
		long[] counts = ON_THIS_THREAD.get();
		return new Tally(counts[0], counts[1], counts[2]);
	}

	/** Statements, round trips and commits. */
	record Tally(long statements, long roundTrips, long commits) {

		Tally minus(Tally earlier) {
			return new Tally(this.statements - earlier.statements, this.roundTrips - earlier.roundTrips,
					this.commits - earlier.commits);
		}

	}

	private void count(int statements, int roundTrips, int commits) {
		long[] counts = ON_THIS_THREAD.get();
		counts[0] += statements;
		counts[1] += roundTrips;
		counts[2] += commits;
		Counters meters = counters();
		if (meters != null) {
			meters.statements.increment(statements);
			meters.roundTrips.increment(roundTrips);
			meters.commits.increment(commits);
		}
	}

	private @Nullable Counters counters() {
		Counters meters = this.counters;
		if (meters == null) {
			MeterRegistry found = this.registry.getIfAvailable();
			if (found == null) {
				return null;
			}
			meters = new Counters(
					Counter.builder("otinish.jdbc.statements")
						.description("SQL statements sent (each row of a batch counts)")
						.register(found),
					Counter.builder("otinish.jdbc.round-trips")
						.description("Round trips to the database (executions, batches, commits, rollbacks)")
						.register(found),
					Counter.builder("otinish.jdbc.commits").description("Commits").register(found));
			this.counters = meters;
		}
		return meters;
	}

	private record Counters(Counter statements, Counter roundTrips, Counter commits) {
	}

	private final class Counted extends DelegatingDataSource {

		Counted(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counted(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counted(super.getConnection(username, password));
		}

		private Connection counted(Connection connection) {
			return (Connection) Proxy.newProxyInstance(JdbcCounting.class.getClassLoader(),
					new Class<?>[] { Connection.class }, new OnConnection(connection));
		}

	}

	private final class OnConnection implements InvocationHandler {

		private final Connection target;

		OnConnection(Connection target) {
			this.target = target;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			String name = method.getName();
			if (name.equals("unwrap") && args[0] instanceof Class<?> type && type.isInstance(proxy)) {
				return proxy;
			}
			Object result = call(this.target, method, args);
			if (log.isTraceEnabled()
					&& (name.startsWith("prepare") || name.equals("commit") || name.equals("rollback"))) {
				log.trace("{} {}", name, (args == null) ? "" : args[0]);
			}
			switch (name) {
				case "commit" -> count(0, 1, 1);
				case "rollback" -> count(0, 1, 0);
				case "createStatement", "prepareStatement", "prepareCall" -> {
					return countedStatement((Statement) result);
				}
				default -> {
				}
			}
			return result;
		}

		private Statement countedStatement(Statement statement) {
			Class<?> type = statement instanceof CallableStatement ? CallableStatement.class
					: statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
			return (Statement) Proxy.newProxyInstance(JdbcCounting.class.getClassLoader(), new Class<?>[] { type },
					new OnStatement(statement));
		}

	}

	private final class OnStatement implements InvocationHandler {

		private final Statement target;

		private int batched;

		OnStatement(Statement target) {
			this.target = target;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			String name = method.getName();
			if (name.equals("unwrap") && args[0] instanceof Class<?> type && type.isInstance(proxy)) {
				return proxy;
			}
			Object result = call(this.target, method, args);
			if (EXECUTIONS.contains(name)) {
				count(1, 1, 0);
			}
			else if (name.equals("addBatch")) {
				this.batched++;
			}
			else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
				count(this.batched, 1, 0);
				this.batched = 0;
			}
			else if (name.equals("clearBatch")) {
				this.batched = 0;
			}
			return result;
		}

	}

	private static Object call(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

}
