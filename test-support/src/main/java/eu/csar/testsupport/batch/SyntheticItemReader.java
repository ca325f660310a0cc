package eu.csar.testsupport.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** Reads the items 1..items; its checkpoint is the last item read, so a restart continues after it. */
@Named
@Dependent
public class SyntheticItemReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String items;

    @Inject
    @BatchProperty
    String delayMs;

    private int last;

    @Override
    public void open(Serializable checkpoint) {
        last = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() throws InterruptedException {
        if (last >= Integer.parseInt(items)) {
            return null;
        }
        long delay = Long.parseLong(delayMs);
        if (delay > 0) {
            Thread.sleep(delay);
        }
        return ++last;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
