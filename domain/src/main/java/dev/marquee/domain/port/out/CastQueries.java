package dev.marquee.domain.port.out;

import dev.marquee.domain.cast.CastCreditId;
import dev.marquee.domain.view.CastCreditView;
import java.util.Optional;

/** Reads one cast credit as a movie's cast lists it, with its actor and character named. */
public interface CastQueries {

    Optional<CastCreditView> findView(CastCreditId id);
}
