package dev.marquee.domain.user;

import dev.marquee.domain.shared.InvalidInputException;
import java.util.Map;

/**
 * Which e-mails a user wants: new recommendations, watchlist movies being released, the newsletter.
 */
public record NotificationPreferences(
        boolean recommendations, boolean watchlistReleases, boolean newsletter) {

    public static final NotificationPreferences DEFAULTS =
            new NotificationPreferences(true, true, false);

    /**
     * These preferences with the given ones changed; a name that is not a preference is invalid
     * input.
     */
    public NotificationPreferences with(Map<String, Boolean> changes) {
        boolean newRecommendations = recommendations;
        boolean newWatchlistReleases = watchlistReleases;
        boolean newNewsletter = newsletter;
        for (Map.Entry<String, Boolean> change : changes.entrySet()) {
            switch (change.getKey()) {
                case "recommendations" -> newRecommendations = change.getValue();
                case "watchlistReleases" -> newWatchlistReleases = change.getValue();
                case "newsletter" -> newNewsletter = change.getValue();
                default ->
                        throw new InvalidInputException(
                                "notificationPreferences." + change.getKey(),
                                "is not a preference; known ones are recommendations, watchlistReleases, newsletter");
            }
        }
        return new NotificationPreferences(newRecommendations, newWatchlistReleases, newNewsletter);
    }
}
