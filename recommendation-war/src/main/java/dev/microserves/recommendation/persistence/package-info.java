/**
 * The recommendation tables over the EntityManager, in native SQL: every change is one guarded
 * statement (upserts and set-based updates), never a read-modify-write in Java.
 */
package dev.microserves.recommendation.persistence;
