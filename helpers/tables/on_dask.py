"""Run a ReportTask over a folder's entries on a dask.distributed cluster, as a Dask bag.

The bag holds entries (paths), so each worker reads its own files: the workers need this package
installed and the reports at the same path (a shared or copied folder). Without a scheduler
address a LocalCluster of `jobs` single-threaded worker processes is started for the build.

Outcomes come back per partition, in the entries' order. A partition that fails as a whole (its
worker died more often than the scheduler's allowed failures) is run again one entry per task,
and an entry that still fails is marked error with the reason, so one report never stops the rest.
"""
from __future__ import annotations

from contextlib import ExitStack

from helpers.ingest import Entry
from helpers.tables.engine import progress_bar
from helpers.tables.task import Outcome, ReportTask

PARTITION = 32  # entries per partition: large enough to amortise the scheduler's overhead per task


def run_on_dask(entries: list[Entry], task: ReportTask, scheduler: str | None, jobs: int,
                progress: bool) -> list[Outcome]:
    import dask.bag as db  # optional: pip install .[scale]
    from distributed import Client, LocalCluster

    with ExitStack() as stack:
        if scheduler:
            client = stack.enter_context(Client(scheduler))
        else:
            cluster = stack.enter_context(LocalCluster(n_workers=jobs, threads_per_worker=1, dashboard_address=None))
            client = stack.enter_context(Client(cluster))
        bag = db.from_sequence(entries, partition_size=PARTITION)
        partitions = client.compute(bag.map(task).to_delayed())
        outcomes: list[Outcome] = []
        with progress_bar(len(entries), progress) as bar:
            for number, future in enumerate(partitions):
                part = entries[number * PARTITION:(number + 1) * PARTITION]
                try:
                    outcomes += future.result()
                except Exception:  # the partition's worker died, or its task could not run
                    outcomes += _one_by_one(client, part, task)
                bar.update(len(part))
        return outcomes


def _one_by_one(client, entries: list[Entry], task: ReportTask) -> list[Outcome]:
    outcomes = []
    for entry, future in zip(entries, client.map(task, entries, pure=False)):
        try:
            outcomes.append(future.result())
        except Exception as exc:  # e.g. KilledWorker: the scheduler gave up on it
            outcomes.append(task.worker_died(entry, f"{type(exc).__name__}: {exc}"))
    return outcomes
