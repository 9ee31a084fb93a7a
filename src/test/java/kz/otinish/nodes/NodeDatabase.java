package kz.otinish.nodes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A PostgreSQL database of one process test, made empty for it: {@code <prefix>_<name>}
 * on the server of {@code otinish.nodes.db.url} (default {@code 127.0.0.1:5432}, user
 * {@code postgres}); {@code -Dotinish.nodes.db.prefix=otinish_ops} keeps parallel runs
 * apart. The checks read it with plain JDBC.
 */
final class NodeDatabase {

	private final String server;

	private final String user;

	private final String name;

	private NodeDatabase(String server, String user, String name) {
		this.server = server;
		this.user = user;
		this.name = name;
	}

	/** Drops the database if a previous run left it, and creates it empty. */
	static NodeDatabase fresh(String suffix) {
		NodeDatabase database = named(suffix);
		try (Connection admin = DriverManager.getConnection(database.server + "postgres", database.user, "");
				Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + database.name + " with (force)");
			statement.execute("create database " + database.name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create database " + database.name, ex);
		}
		return database;
	}

	static NodeDatabase named(String suffix) {
		String server = System.getProperty("otinish.nodes.db.url", "jdbc:postgresql://127.0.0.1:5432/");
		String user = System.getProperty("otinish.nodes.db.user", "postgres");
		String prefix = System.getProperty("otinish.nodes.db.prefix", "otinish_nodes");
		if (!(prefix + suffix).matches("[a-z0-9_]+")) {
			throw new IllegalArgumentException("database names are lower-case letters, digits and _: " + prefix);
		}
		return new NodeDatabase(server, user, prefix + "_" + suffix);
	}

	String jdbcUrl() {
		return this.server + this.name;
	}

	String user() {
		return this.user;
	}

	String name() {
		return this.name;
	}

	/** The JDBC URL the backup and restore scripts read ({@code OTINISH_DB_URL}). */
	Map<String, String> scriptEnvironment() {
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("OTINISH_DB_URL", jdbcUrl());
		environment.put("OTINISH_DB_USER", this.user);
		environment.put("OTINISH_DB_PASSWORD", "");
		return environment;
	}

	long count(String sql, Object... parameters) {
		return ((Number) single(sql, parameters)).longValue();
	}

	Object single(String sql, Object... parameters) {
		List<Map<String, Object>> rows = rows(sql, parameters);
		if (rows.size() != 1 || rows.get(0).size() != 1) {
			throw new IllegalStateException("expected one value from " + sql + ", got " + rows);
		}
		return rows.get(0).values().iterator().next();
	}

	List<Map<String, Object>> rows(String sql, Object... parameters) {
		try (Connection connection = DriverManager.getConnection(jdbcUrl(), this.user, "");
				PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			try (ResultSet result = statement.executeQuery()) {
				List<Map<String, Object>> rows = new ArrayList<>();
				int columns = result.getMetaData().getColumnCount();
				while (result.next()) {
					Map<String, Object> row = new LinkedHashMap<>();
					for (int column = 1; column <= columns; column++) {
						row.put(result.getMetaData().getColumnLabel(column), result.getObject(column));
					}
					rows.add(row);
				}
				return rows;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql, ex);
		}
	}

	void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(jdbcUrl(), this.user, "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql, ex);
		}
	}

	/** Drops the database (its connections are closed by force). */
	void drop() {
		try (Connection admin = DriverManager.getConnection(this.server + "postgres", this.user, "");
				Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + this.name + " with (force)");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot drop database " + this.name, ex);
		}
	}

	@Override
	public String toString() {
		return this.name;
	}

}
