package dev.marquee.domain.port.out;

import dev.marquee.domain.cast.CastCreditDetails;
import dev.marquee.domain.cast.CastCreditId;

/**
 * Stores cast credits. An unknown actor or character raises an InvalidInputException naming the
 * field; the same actor credited twice with the same character in one movie raises a
 * ConflictException.
 */
public interface CastRepository {

    CastCreditId add(CastCreditDetails credit);

    boolean delete(CastCreditId id);
}
