package dev.marquee.domain.port.out;

import dev.marquee.domain.cast.CastCreditDetails;
import dev.marquee.domain.cast.CastCreditId;

/**
 * Stores cast credits. An unknown actor or character raises an InvalidInputException naming the
 * field, an unknown movie a NotFoundException; the same actor credited twice with the same
 * character in one movie raises a ConflictException. Deleting a credit that is not there returns
 * false.
 */
public interface CastRepository {

    CastCreditId add(CastCreditDetails credit);

    boolean delete(CastCreditId id);
}
