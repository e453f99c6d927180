package dev.kefu.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample's stand-in for a host ERP: a database reached by plain JDBC (H2 in file mode by
 * default, PostgreSQL by URL), with the schema in {@code schema.sql}. kefu itself never touches
 * the database: the host reads its rows, asks kefu, and stores the decisions.
 */
final class Erp implements AutoCloseable {

    private final Connection connection;

    private Erp(Connection connection) {
        this.connection = connection;
    }

    /** Opens the database and recreates the schema, so every run starts clean. */
    static Erp openFresh(String jdbcUrl, String user, String password) {
        try {
            Erp erp = new Erp(DriverManager.getConnection(jdbcUrl, user, password));
            erp.runScript("schema.sql");
            return erp;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the sample database " + jdbcUrl + ": " + e.getMessage(), e);
        }
    }

    private void runScript(String resource) throws SQLException {
        String sql;
        try (InputStream in = Erp.class.getResourceAsStream(resource)) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Statement st = connection.createStatement()) {
            for (String statement : sql.replaceAll("(?m)^--.*$", "").split(";")) {
                String s = statement.trim();
                if (!s.isEmpty()) {
                    st.execute(s);
                }
            }
        }
    }

    /** Runs an insert or update with parameters. */
    void update(String sql, Object... params) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Runs a query and maps every row. */
    <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** A count. */
    long count(String table) {
        return query("SELECT COUNT(*) FROM " + table, rs -> rs.getLong(1)).get(0);
    }

    /** Maps one row. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
