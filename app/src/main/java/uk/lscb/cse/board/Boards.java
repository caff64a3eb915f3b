package uk.lscb.cse.board;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.lscb.cse.Invalid;
import uk.lscb.cse.NotFound;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.audit.Audit;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Pattern;

/** Finding and saving boards; every change is audited with its old and new settings. */
@Singleton
public class Boards {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
    private static final Pattern SLACK_TEAM = Pattern.compile("[TE][A-Z0-9]{2,31}");
    private static final Pattern SLACK_CHANNEL = Pattern.compile("[CG][A-Z0-9]{2,63}");
    private static final Pattern TENANT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern TEAMS_CHANNEL = Pattern.compile("19:[^\\s;]{1,200}@thread\\.(tacv2|skype)");

    private final BoardRepository repository;
    private final Audit audit;
    private final Clock clock;
    private final ApplicationEventPublisher<BoardSaved> events;

    /** Published when a board is created or changed, e.g. so its schedules follow a new time zone. */
    public record BoardSaved(Board board) {
    }

    Boards(BoardRepository repository, Audit audit, Clock clock, ApplicationEventPublisher<BoardSaved> events) {
        this.repository = repository;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** The settings a board can be given; null means "leave as it is" (or the default for a new board). */
    public record Settings(String name, String timeZone, String slackTeamId, String slackDigestChannel,
                           String teamsTenantId, String teamsDigestChannel, String caseRecordPatterns,
                           Retention.Changes retention) {
        public Settings(String name, String timeZone) {
            this(name, timeZone, null, null, null, null, null, null);
        }
    }

    public record Saved(Board board, boolean created) {
    }

    private static String keep(String given, String old) {
        return given == null ? old : given.isBlank() ? null : given.strip();
    }

    @ReadOnly
    public java.util.Optional<Board> linkedToSlack(String teamId) {
        return repository.findBySlackTeamId(teamId);
    }

    @ReadOnly
    public java.util.Optional<Board> linkedToTeams(String tenantId) {
        return repository.findByTeamsTenantId(tenantId);
    }

    @ReadOnly
    public java.util.Optional<Board> withId(long id) {
        return repository.findById(id);
    }

    @ReadOnly
    public java.util.List<Board> all() {
        return repository.findAll();
    }

    @ReadOnly
    public boolean exists(String slug) {
        return repository.findBySlug(slug).isPresent();
    }

    @ReadOnly
    public Board find(String slug) {
        return repository.findBySlug(slug).orElseThrow(() -> new NotFound(
                "no board '" + slug + "'; create it with PUT /api/boards/" + slug));
    }

    @Transactional
    public Saved save(String slug, Settings given, boolean demo, Actor actor) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new Invalid("board slug '" + slug + "' must be 2-64 lower-case letters, digits or dashes, e.g. 'stockport'");
        }
        var existing = repository.findBySlug(slug);
        Board previous = existing.orElse(null);
        // null keeps a chat link as it is, "" removes it ("slackTeamId": "" takes the board off Slack).
        Settings settings = new Settings(given.name(), given.timeZone(),
                keep(given.slackTeamId(), previous == null ? null : previous.slackTeamId()),
                keep(given.slackDigestChannel(), previous == null ? null : previous.slackDigestChannel()),
                keep(given.teamsTenantId(), previous == null ? null : previous.teamsTenantId()),
                keep(given.teamsDigestChannel(), previous == null ? null : previous.teamsDigestChannel()),
                CaseRecordPatterns.parse(keep(given.caseRecordPatterns(), previous == null ? null : previous.caseRecordPatterns()))
                        .setting(),
                given.retention());
        Retention retention = (previous == null ? Retention.DEFAULT : previous.retention()).with(settings.retention());
        String timeZone = settings.timeZone();
        if (timeZone != null) {
            try {
                ZoneId.of(timeZone);
            } catch (DateTimeException e) {
                throw new Invalid("timeZone '" + timeZone + "' is not a time zone; use a name such as Europe/London");
            }
        }
        if (settings.name() != null && (settings.name().isBlank() || settings.name().length() > 255)) {
            throw new Invalid("name must be 1-255 characters");
        }
        if (settings.slackTeamId() != null && !SLACK_TEAM.matcher(settings.slackTeamId()).matches()) {
            throw new Invalid("slackTeamId '" + settings.slackTeamId() + "' is not a Slack workspace id such as T0123ABCD"
                    + " (the team_id Slack sends; Slack shows it in the workspace's URL as app.slack.com/client/T…)");
        }
        if (settings.slackDigestChannel() != null && !SLACK_CHANNEL.matcher(settings.slackDigestChannel()).matches()) {
            throw new Invalid("slackDigestChannel '" + settings.slackDigestChannel() + "' is not a channel id such as"
                    + " C0123ABCD; open the channel's details in Slack to copy its id");
        }
        if (settings.teamsTenantId() != null && !TENANT.matcher(settings.teamsTenantId()).matches()) {
            throw new Invalid("teamsTenantId '" + settings.teamsTenantId() + "' is not a Microsoft 365 tenant id (a GUID"
                    + " such as 72f988bf-86f1-41af-91ab-2d7cd011db47; Entra admin centre → Overview)");
        }
        if (settings.teamsDigestChannel() != null && !TEAMS_CHANNEL.matcher(settings.teamsDigestChannel()).matches()) {
            throw new Invalid("teamsDigestChannel '" + settings.teamsDigestChannel() + "' is not a Teams channel id such as"
                    + " 19:abc123@thread.tacv2; use \"Get link to channel\" in Teams and copy the part after /channel/");
        }
        if (settings.teamsTenantId() != null) {
            repository.findByTeamsTenantId(settings.teamsTenantId()).filter(other -> !other.slug().equals(slug))
                    .ifPresent(other -> {
                        throw new Invalid("Microsoft 365 tenant " + settings.teamsTenantId() + " is already linked to board '"
                                + other.slug() + "'; a tenant serves one board");
                    });
        }
        if (settings.slackTeamId() != null) {
            repository.findBySlackTeamId(settings.slackTeamId()).filter(other -> !other.slug().equals(slug))
                    .ifPresent(other -> {
                        throw new Invalid("Slack workspace " + settings.slackTeamId() + " is already linked to board '"
                                + other.slug() + "'; a workspace serves one board");
                    });
        }
        Instant now = clock.instant();
        if (existing.isEmpty()) {
            if (settings.name() == null) {
                throw new Invalid("a new board needs a name, e.g. {\"name\": \"Stockport Safeguarding Children Board\"}");
            }
            Board board = repository.save(new Board(null, slug, settings.name().strip(),
                    timeZone == null ? Board.DEFAULT_TIME_ZONE : timeZone, demo, settings.slackTeamId(),
                    settings.slackDigestChannel(), settings.teamsTenantId(), settings.teamsDigestChannel(),
                    settings.caseRecordPatterns(), retention, now, now));
            audit.record(board.id(), "board", board.id(), "created", null, board.describe(), actor);
            events.publishEvent(new BoardSaved(board));
            return new Saved(board, true);
        }
        Board old = existing.get();
        Board updated = new Board(old.id(), slug, settings.name() == null ? old.name() : settings.name().strip(),
                timeZone == null ? old.timeZone() : timeZone, old.demo(),
                settings.slackTeamId(), settings.slackDigestChannel(), settings.teamsTenantId(), settings.teamsDigestChannel(),
                settings.caseRecordPatterns(), retention, old.createdAt(), now);
        if (updated.describe().equals(old.describe())) {
            return new Saved(old, false);
        }
        repository.update(updated);
        audit.record(old.id(), "board", old.id(), "updated", old.describe(), updated.describe(), actor);
        events.publishEvent(new BoardSaved(updated));
        return new Saved(updated, false);
    }
}
