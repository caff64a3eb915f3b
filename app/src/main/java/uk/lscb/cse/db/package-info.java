/**
 * The database: the embedded MariaDB default for machines without MySQL, and plain SQL on the
 * current transaction's connection.
 */
package uk.lscb.cse.db;
