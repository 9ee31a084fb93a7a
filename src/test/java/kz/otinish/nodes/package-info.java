/**
 * Tests of Otinish as it runs in production: the built jar started as real processes with
 * {@code bin/otinish} (after its training run {@code bin/otinish cds}) on PostgreSQL
 * (profile {@code postgres}), driven over HTTP, killed with SIGKILL, run as two nodes on
 * one database, backed up and restored with {@code bin/backup.sh} and
 * {@code bin/restore.sh}. They run with {@code ./mvnw verify -Pnodes} after the jar is
 * built, and in .ci/run's last stage.
 */
@NullMarked
package kz.otinish.nodes;

import org.jspecify.annotations.NullMarked;
