package uk.lscb.cse.audit;

/** Who made a change and from where: an email or name, the platform, and the channel if any. */
public record Actor(String who, Source source, String channel) {
    public static Actor api(String who) {
        return new Actor(who == null || who.isBlank() ? "admin-api" : who.strip(), Source.API, null);
    }
}
