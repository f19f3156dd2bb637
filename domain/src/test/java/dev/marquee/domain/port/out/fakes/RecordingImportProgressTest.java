package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.port.out.ImportProgress;
import dev.marquee.domain.port.out.ImportProgressContract;

class RecordingImportProgressTest extends ImportProgressContract {

    private final RecordingImportProgress progress = new RecordingImportProgress();

    @Override
    protected ImportProgress progress() {
        return progress;
    }

    @Override
    protected long rowsReportedDone(String phase) {
        return progress.rowsDone(phase);
    }
}
