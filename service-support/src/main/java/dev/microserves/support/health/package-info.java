/**
 * The health checks every service reports the same way: started once the schema is migrated,
 * ready while the database answers, live while the process can serve.
 */
package dev.microserves.support.health;
