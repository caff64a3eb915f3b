package uk.lscb.cse.chat;

import jakarta.inject.Singleton;
import uk.lscb.cse.db.Jdbc;
import uk.lscb.cse.people.Erasure;
import uk.lscb.cse.people.PersonalData;

/**
 * An erased person's threads: the alerts the bot sent to their direct chat, whose replies would
 * update an action. The messages are theirs; the threads go. Found through the ledger's rows to
 * them, so this runs before the ledger forgets where those went.
 */
@Singleton
class ErasingFromThreads implements PersonalData {
    private final Jdbc jdbc;

    ErasingFromThreads(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @Override
    public void erase(Erasure erasure) {
        erasure.changed("chatThreads", jdbc.update("""
                DELETE t FROM chat_thread t JOIN delivery d
                  ON t.platform = UPPER(d.platform) AND t.channel = d.channel AND t.message_id = d.message_id
                WHERE d.board_id = ? AND d.person_id = ?""", erasure.board().id(), erasure.person().id()));
    }
}
