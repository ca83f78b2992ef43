package dev.microserves.benchmark.resources;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Committed transactions per database, from PostgreSQL's {@code pg_stat_database}. */
final class Commits {

    private final String url;
    private final String user;
    private final String password;
    private final List<String> databases;

    Commits(String host, int port, String user, String password, List<String> databases) {
        this.url = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        this.user = user;
        this.password = password;
        this.databases = databases;
    }

    /**
     * {@code xact_commit} of each database. PostgreSQL publishes a backend's counts within about a
     * second of its transactions, so read the end of a window a little after the load stops.
     */
    Map<String, Long> read() {
        Map<String, Long> commits = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            // A fresh snapshot of the statistics, not the one cached for this transaction.
            statement.execute("select pg_stat_clear_snapshot()");
            try (ResultSet rows = statement.executeQuery("select datname, xact_commit from pg_stat_database")) {
                while (rows.next()) {
                    if (databases.contains(rows.getString(1))) {
                        commits.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read pg_stat_database at " + url + ": " + e.getMessage(), e);
        }
        return commits;
    }
}
