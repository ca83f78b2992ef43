package dev.microserves.support.persistence;

/** Whether this application's database schema has been migrated; the started and ready checks read it. */
public final class MigrationState {

    private static volatile boolean migrated;

    private MigrationState() {
    }

    static void markMigrated() {
        migrated = true;
    }

    public static boolean isMigrated() {
        return migrated;
    }
}
