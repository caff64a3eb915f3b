package uk.lscb.cse.audit;

/** Where a change came from; SCHEDULE is the service's own nightly work (retention). */
public enum Source {
    IMPORT, API, SLACK, TEAMS, SCHEDULE;

    /**
     * Whether a channel of this source is a person's direct chat with the bot (a Slack DM "D…", a
     * Teams personal or group chat rather than a team channel "19:…"): its id points at the person.
     */
    public boolean isDirectChat(String channel) {
        return channel != null && switch (this) {
            case SLACK -> channel.startsWith("D");
            case TEAMS -> !channel.startsWith("19:");
            default -> false;
        };
    }
}
