package dev.marquee.domain.port.out;

import dev.marquee.domain.cast.CastCredit;
import dev.marquee.domain.cast.CastCreditId;
import dev.marquee.domain.cast.NewCastCredit;
import dev.marquee.domain.view.CastCreditView;
import java.util.Optional;

/**
 * Stores cast credits. An unknown actor or character raises an InvalidInputException naming the
 * field, an unknown movie a NotFoundException; the same actor credited twice with the same
 * character in one movie raises a ConflictException. Deleting a credit that is not there returns
 * false.
 */
public interface CastRepository {

    CastCredit add(NewCastCredit credit);

    Optional<CastCreditView> findView(CastCreditId id);

    boolean delete(CastCreditId id);
}
