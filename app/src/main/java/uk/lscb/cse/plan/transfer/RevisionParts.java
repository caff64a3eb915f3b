package uk.lscb.cse.plan.transfer;

import jakarta.inject.Singleton;
import uk.lscb.cse.db.Jdbc;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The themes, objectives and recommendations a new version of a plan needs, reusing the old rows by
 * name (a retired action still points at its theme, so no theme is deleted: one the new version
 * drops is set aside at a negative position, out of exports and lists).
 */
@Singleton
class RevisionParts {
    private final Jdbc jdbc;

    RevisionParts(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Where the new version's actions go. */
    final class Places {
        private final Map<String, Long> themes = new HashMap<>();
        private final Map<String, Long> objectives = new HashMap<>();
        private final Map<Long, Integer> lastObjective = new HashMap<>();
        private final Map<String, Long> recommendations = new HashMap<>();

        long themeId(String name) {
            return themes.get(key(name));
        }

        Long objectiveId(long themeId, String text) {
            if (text == null) {
                return null;
            }
            return objectives.computeIfAbsent(themeId + "\u0000" + text, k -> {
                int position = lastObjective.merge(themeId, 1, Integer::sum);
                return jdbc.insert("INSERT INTO objective (theme_id, position, text) VALUES (?, ?, ?)", themeId, position, text);
            });
        }

        Long recommendationId(String ref) {
            return recommendations.get(ref);
        }
    }

    private record Row(long id, String name) {
    }

    Places places(long planId, PlanDraft draft) {
        Places places = new Places();
        Map<String, Long> unused = new HashMap<>();
        for (Row row : jdbc.list("SELECT id, name FROM theme WHERE plan_id = ? ORDER BY position DESC",
                rs -> new Row(rs.getLong(1), rs.getString(2)), planId)) {
            unused.put(key(row.name()), row.id());
        }
        jdbc.update("UPDATE theme SET position = -id WHERE plan_id = ?", planId);
        for (int t = 0; t < draft.themes().size(); t++) {
            PlanDraft.Theme theme = draft.themes().get(t);
            Long id = unused.remove(key(theme.name()));
            if (id == null) {
                id = jdbc.insert("INSERT INTO theme (plan_id, position, name, aim) VALUES (?, ?, ?, ?)",
                        planId, t + 1, theme.name(), theme.aim());
            } else {
                jdbc.update("UPDATE theme SET position = ?, name = ?, aim = ? WHERE id = ?", t + 1, theme.name(),
                        theme.aim(), id);
            }
            places.themes.put(key(theme.name()), id);
        }
        jdbc.list("""
                SELECT o.id, o.theme_id, o.text, o.position FROM objective o JOIN theme t ON t.id = o.theme_id
                WHERE t.plan_id = ?""", rs -> {
                    places.objectives.put(rs.getLong(2) + "\u0000" + rs.getString(3), rs.getLong(1));
                    places.lastObjective.merge(rs.getLong(2), rs.getInt(4), Math::max);
                    return null;
                }, planId);
        jdbc.list("SELECT id, ref FROM recommendation WHERE plan_id = ?",
                rs -> places.recommendations.put(rs.getString(2), rs.getLong(1)), planId);
        for (PlanDocument.Recommendation r : draft.recommendations()) {
            if (!places.recommendations.containsKey(r.ref())) {
                places.recommendations.put(r.ref(), jdbc.insert(
                        "INSERT INTO recommendation (plan_id, ref, text) VALUES (?, ?, ?)", planId, r.ref(), r.text().strip()));
            } else {
                jdbc.update("UPDATE recommendation SET text = ? WHERE id = ?", r.text().strip(), places.recommendations.get(r.ref()));
            }
        }
        return places;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

}
