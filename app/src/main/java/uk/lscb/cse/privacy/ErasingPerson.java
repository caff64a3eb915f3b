package uk.lscb.cse.privacy;

import io.micronaut.core.order.OrderUtil;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.cse.NotFound;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.audit.Audit;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.people.Erasure;
import uk.lscb.cse.people.People;
import uk.lscb.cse.people.Person;
import uk.lscb.cse.people.PersonalData;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Erases a person from a board (a right-to-erasure request, or someone who left): every feature
 * that keeps their identity replaces it with a stable pseudonym ("former lead #12"), their audit
 * entries are rewritten, and then the person goes. The plan's record stays whole: their updates
 * remain, by the pseudonym; their actions keep their agencies. One transaction: all or nothing.
 */
@Singleton
public class ErasingPerson {
    private static final Logger LOG = LoggerFactory.getLogger(ErasingPerson.class);

    private final People people;
    private final Audit audit;
    private final List<PersonalData> holders;

    ErasingPerson(People people, Audit audit, List<PersonalData> holders) {
        this.people = people;
        this.audit = audit;
        // Some depend on others' records still being there (a DM's threads are found through the ledger).
        this.holders = holders.stream().sorted(OrderUtil.COMPARATOR).toList();
    }

    /** What the erasure changed, by kind of record, and what the board manager should follow up. */
    public record Erased(String pseudonym, Map<String, Integer> changed, List<String> notes) {
    }

    @Transactional
    public Erased erase(Board board, String email, Actor actor) {
        Person person = people.lock(board.id(), email).orElseThrow(() -> new NotFound(
                "no one with that email is one of " + board.name() + "'s people (GET /api/boards/" + board.slug()
                        + "/people lists them); nothing was erased"));
        Erasure erasure = new Erasure(board, person);
        holders.forEach(holder -> holder.erase(erasure));
        erasure.changed("auditEntries", audit.pseudonymise(board.id(), person.email(), erasure.mentions(), erasure::scrub));
        people.remove(person);
        erasure.changed("people", 1);
        Map<String, Integer> changed = new TreeMap<>(erasure.changes());
        // The record of the erasure names the pseudonym only, never the email or name it replaced.
        Actor by = actor.who().equalsIgnoreCase(person.email()) ? new Actor(erasure.pseudonym(), actor.source(), null) : actor;
        audit.record(board.id(), "person", person.id(), "erased", null, erasure.pseudonym() + "; changed " + changed, by);
        LOG.info("Erased person {} from board {}: {}", person.id(), board.slug(), changed);
        return new Erased(erasure.pseudonym(), changed, erasure.notes());
    }
}
