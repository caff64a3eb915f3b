package uk.lscb.cse.audit;

/** Who made a change and from where: an email or name, the platform, and the channel if any. */
public record Actor(String who, Source source, String channel) {
    /** The name the environment's admin token (CSE_ADMIN_TOKEN) acts under: it belongs to no person. */
    public static final String ENVIRONMENT_TOKEN = "CSE_ADMIN_TOKEN";

    /** A caller of the admin API, named by its token: the token's owner, or {@link #ENVIRONMENT_TOKEN}. */
    public static Actor api(String who) {
        return new Actor(who == null || who.isBlank() ? "admin-api" : who.strip(), Source.API, null);
    }

    /** Whether a person (rather than the environment's token) made the change. */
    public boolean isPerson() {
        return !ENVIRONMENT_TOKEN.equals(who);
    }
}
