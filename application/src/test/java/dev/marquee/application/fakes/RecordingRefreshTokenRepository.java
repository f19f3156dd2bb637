package dev.marquee.application.fakes;

import dev.marquee.domain.port.out.RefreshTokenRepository;
import dev.marquee.domain.session.NewRefreshToken;
import java.util.ArrayList;
import java.util.List;

/** A RefreshTokenRepository that keeps every token it was given, in order. */
public final class RecordingRefreshTokenRepository implements RefreshTokenRepository {

    private final List<NewRefreshToken> added = new ArrayList<>();

    @Override
    public void add(NewRefreshToken token) {
        added.add(token);
    }

    public List<NewRefreshToken> added() {
        return List.copyOf(added);
    }
}
