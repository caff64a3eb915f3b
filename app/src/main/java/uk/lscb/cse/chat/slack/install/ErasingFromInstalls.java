package uk.lscb.cse.chat.slack.install;

import jakarta.inject.Singleton;
import uk.lscb.cse.db.Jdbc;
import uk.lscb.cse.people.Erasure;
import uk.lscb.cse.people.PersonalData;

import java.util.Locale;

/**
 * An erased person who installed the app for the board is named by the pseudonym on its
 * installation; install links they made for the board and nobody used are dropped (their state
 * is signed with the admin's name, so they would not open anyway).
 */
@Singleton
class ErasingFromInstalls implements PersonalData {
    private final Jdbc jdbc;

    ErasingFromInstalls(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(Erasure erasure) {
        String email = erasure.person().email().toLowerCase(Locale.ROOT);
        int installs = erasure.board().slackTeamId() == null ? 0 : jdbc.update(
                "UPDATE slack_installation SET installed_by = ? WHERE team_id = ? AND LOWER(installed_by) = ?",
                erasure.pseudonym(), erasure.board().slackTeamId(), email);
        jdbc.update("DELETE FROM slack_install_state WHERE board_id = ? AND LOWER(issued_by) = ?", erasure.board().id(), email);
        erasure.changed("slackInstalls", installs);
    }
}
