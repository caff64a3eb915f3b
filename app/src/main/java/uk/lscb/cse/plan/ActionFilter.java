package uk.lscb.cse.plan;

import java.util.Set;

/**
 * Which actions to list; null or empty means any.
 *
 * @param lead  a person's email (their own actions and their agency's) or an agency name
 * @param theme a theme's name or its position (1, 2, …)
 */
public record ActionFilter(Set<Rag> rags, boolean overdue, String lead, String theme) {
    public static final ActionFilter ALL = new ActionFilter(Set.of(), false, null, null);
}
