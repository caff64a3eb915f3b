/**
 * Running the service: one log line per request under a request id that the work after the answer
 * (chat replies, sending) carries too, the log's JSON form, the readiness that waits for the
 * migrations, and the refusals counted from the answers the edges gave. The metrics of each
 * feature are recorded by that feature (its own small recorder); this package only wires the edge.
 * Depends on no feature package; the schedule carries a request id into the jobs it starts through {@link uk.lscb.cse.ops.RequestId}.
 */
package uk.lscb.cse.ops;
