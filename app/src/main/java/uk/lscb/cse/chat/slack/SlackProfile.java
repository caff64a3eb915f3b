package uk.lscb.cse.chat.slack;

import java.util.List;

/**
 * Who a Slack user is, as users.info says: their profile email, their home team, the org's
 * workspaces they belong to (Enterprise Grid), and whether Slack vouches for them less than a
 * member (a guest, or a Slack Connect stranger).
 */
record SlackProfile(String email, String teamId, List<String> teams, boolean guest) {
    /** A member of {@code team}: at home there, or one of the org's workspaces they belong to. */
    boolean memberOf(String team) {
        return teamId == null || teamId.equals(team) || teams.contains(team);
    }
}
