/**
 * The database: the embedded MariaDB default for machines without MySQL, and the rule for how
 * features reach it.
 *
 * <ul>
 * <li>A plain table (a row is one thing, written whole and read by its keys: board, person,
 * agency, chat_thread, slack_event, teams_activity, teams_conversation, teams_sent, audit_entry) is a {@code @MappedEntity}
 * record with a {@code @JdbcRepository(dialect = Dialect.MYSQL)} interface beside the feature
 * that owns it: finder names, not SQL. A composite primary key is an {@code @EmbeddedId} record
 * whose components name their columns with {@code @MappedProperty} (else they get a prefix).</li>
 * <li>Hand-written SQL goes through {@link uk.lscb.cse.db.Jdbc}, and only where a repository would
 * say it worse: relational reads (joins across features, aggregates, the plan's filters), locking
 * claims ({@code FOR UPDATE SKIP LOCKED} on the delivery ledger) and batch import.</li>
 * <li>An insert that may repeat (an event Slack delivers again, a message remembered twice) goes
 * through {@link uk.lscb.cse.db.UniqueKeys#inserted}: a taken unique key means "already there",
 * any other refusal still fails. Not INSERT IGNORE, which also hides a missing foreign key.</li>
 * <li>SQL runs on MySQL 8 and MariaDB 10.11 alike: JSON is kept in TEXT columns and parsed in
 * Java (MariaDB's JSON type is text anyway).</li>
 * <li>Transactions are Micronaut's only: {@code io.micronaut.transaction.annotation.Transactional}
 * for writes, {@code ReadOnly} for reads, on the use case's public method. Any exception thrown
 * out of it rolls the whole transaction back. {@code Jdbc} needs a transaction; a repository
 * joins the current one, or commits on its own outside one.</li>
 * </ul>
 */
package uk.lscb.cse.db;
