package dev.microserves.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The number of rows of every table in the service's database, so that a test can show that a
 * refused request wrote nothing anywhere (not only in the table it would have written to).
 */
public final class TableRows {

    private TableRows() {
    }

    /** Rows per table of the database's own schemas (not PostgreSQL's catalogues), by schema-qualified name. */
    public static Map<String, Long> count() {
        try (Connection connection = TestEnvironment.connection();
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select table_schema, table_name from information_schema.tables"
                    + " where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')")) {
                while (rows.next()) {
                    tables.add('"' + rows.getString(1) + "\".\"" + rows.getString(2) + '"');
                }
            }
            Map<String, Long> counts = new TreeMap<>();
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
