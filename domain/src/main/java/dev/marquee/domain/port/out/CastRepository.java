package dev.marquee.domain.port.out;

import dev.marquee.domain.cast.CastCredit;
import dev.marquee.domain.cast.CastCreditId;
import dev.marquee.domain.cast.NewCastCredit;
import dev.marquee.domain.view.CastCreditView;
import java.util.Optional;

/**
 * Stores cast credits. An unknown actor or character raises an InvalidInputException naming the
 * field; the same actor credited twice with the same character in one movie raises a
 * ConflictException.
 */
public interface CastRepository {

    CastCredit add(NewCastCredit credit);

    Optional<CastCreditView> findView(CastCreditId id);

    boolean delete(CastCreditId id);
}
