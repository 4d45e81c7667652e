package io.primaryinterop.mpi.core.linker;

import io.primaryinterop.mpi.blocking.BlockingIndex;
import io.primaryinterop.mpi.blocking.LinkMode;
import io.primaryinterop.mpi.core.model.MatchModel;
import io.primaryinterop.mpi.core.model.ModelSpec;
import io.primaryinterop.mpi.core.scoring.TableScorer;
import io.primaryinterop.mpi.core.table.PatientTable;
import io.primaryinterop.mpi.core.training.Progress;
import io.primaryinterop.mpi.core.training.Training;
import io.primaryinterop.mpi.core.training.Workers;

/**
 * Links the records of one table under one model, Splink-style, through facets: {@link #training()},
 * {@link #inference()}, {@link #clustering()}. Deduplication links one file with itself; link-only
 * links rows of side 0 with rows of side 1 (both files in one table); link-and-dedupe does both.
 * Training returns a new model: build a new linker with {@link #withModel}.
 */
public final class Linker {
    private final PatientTable table;
    private final MatchModel model;
    private final LinkMode mode;
    private final int[] sideOfRow;
    private final int threads;
    private final Progress progress;
    private final TableScorer scorer;
    private BlockingIndex index;

    private Linker(PatientTable table, MatchModel model, LinkMode mode, int[] sideOfRow, int threads,
                   Progress progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + threads);
        }
        if (mode != LinkMode.DEDUPE && (sideOfRow == null || sideOfRow.length != table.size())) {
            throw new IllegalArgumentException(mode + " needs a side (0 or 1) for each of the " + table.size() + " rows");
        }
        this.table = table;
        this.model = model;
        this.mode = mode;
        this.sideOfRow = sideOfRow;
        this.threads = threads;
        this.progress = progress;
        this.scorer = model.scorer(table);
    }

    /** Deduplicates one table on all processors. */
    public static Linker dedupe(PatientTable table, MatchModel model) {
        return new Linker(table, model, LinkMode.DEDUPE, null, Workers.defaultThreads(), Progress.silent());
    }

    /** Links side 0 with side 1 ({@code sideOfRow[row]}), with or without deduplication inside each side. */
    public static Linker link(PatientTable table, int[] sideOfRow, LinkMode mode, MatchModel model) {
        return new Linker(table, model, mode, sideOfRow.clone(), Workers.defaultThreads(), Progress.silent());
    }

    public Linker withThreads(int newThreads) {
        return new Linker(table, model, mode, sideOfRow, newThreads, progress);
    }

    public Linker withProgress(Progress newProgress) {
        return new Linker(table, model, mode, sideOfRow, threads, newProgress);
    }

    /** The same records under another model (e.g. the trained one); the blocking index is kept when the rules are the same. */
    public Linker withModel(ModelSpec spec) {
        Linker next = new Linker(table, spec.compile(), mode, sideOfRow, threads, progress);
        synchronized (this) {
            if (index != null && spec.blockingRules().equals(model.spec().blockingRules())) {
                next.index = index;
            }
        }
        return next;
    }

    public Training training() {
        return new Training(model, table, mode, sideOfRow, threads, progress, this::blockingIndex);
    }

    /** Scoring of the candidate pairs of the model's blocking rules. Builds the blocking index on first use. */
    public synchronized Inference inference() {
        return new Inference(scorer, blockingIndex(), threads);
    }

    /** The blocking index of the model's prediction rules on this table (built once). */
    public synchronized BlockingIndex blockingIndex() {
        if (index == null) {
            index = model.blockingRules().index(table, model.blockingRules().options(mode, sideOfRow), threads);
        }
        return index;
    }

    public Clustering clustering() {
        return new Clustering(scorer, model);
    }

    public MatchModel model() {
        return model;
    }

    public PatientTable table() {
        return table;
    }

    public TableScorer scorer() {
        return scorer;
    }

    public LinkMode mode() {
        return mode;
    }

    public int threads() {
        return threads;
    }
}
