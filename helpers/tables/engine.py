"""Run a ReportTask over a folder's entries on this machine: in this process, or in a pool of
worker processes that survives a worker's death. Both return one Outcome per entry, in the
entries' order, so that the tables do not depend on how the work was spread.

The pool is sent entries (paths), never texts, a few chunks per worker at a time, and the
results are taken in order as they come: memory holds the outcomes, not the queue.

A worker that dies (killed, out of memory, a crash in a C library) breaks the whole pool. The
reports that were running then, one per worker, are each run once more alone in a fresh pool: a
bystander succeeds, and the report that kills its worker a second time is marked error ("worker
died"). Every other unfinished report is simply run again in a fresh pool.
"""
from __future__ import annotations

import gc
import multiprocessing
import signal
import sys
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from tqdm import tqdm

from helpers.ingest import Entry
from helpers.tables.task import Outcome, ReportTask

CHUNK = 8  # entries per task sent to a worker: fewer round trips, results still in order
CHUNKS_PER_WORKER = 4  # chunks queued per worker: keeps the workers busy, bounds what waits in the queue


def progress_bar(total: int, shown: bool) -> tqdm:
    return tqdm(total=total, disable=not shown, unit="report", file=sys.stderr)


def run_here(entries: list[Entry], task: ReportTask, progress: bool) -> list[Outcome]:
    """Every entry in this process (--jobs 1): nothing to set up, and a debugger sees it all."""
    with progress_bar(len(entries), progress) as bar:
        outcomes = []
        for entry in entries:
            outcomes.append(task(entry))
            bar.update()
        return outcomes


def run_in_processes(entries: list[Entry], task: ReportTask, jobs: int, progress: bool) -> list[Outcome]:
    outcomes: dict[int, Outcome] = {}
    todo = list(range(len(entries)))
    with progress_bar(len(entries), progress) as bar:
        while todo:
            suspects = _pool_round(entries, todo, task, jobs, CHUNK, outcomes, bar)
            for index in suspects:
                if _pool_round(entries, [index], task, 1, 1, outcomes, bar):
                    outcomes[index] = task.worker_died(entries[index])
                    bar.update()
            todo = [i for i in todo if i not in outcomes]
    return [outcomes[i] for i in range(len(entries))]


# In a worker process: the shared slot where it notes the entry it is working on, which the
# parent reads when a worker died to learn which reports were running.
_running = None
_slot = 0


def _start_worker(running, next_slot) -> None:
    global _running, _slot
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the parent, which keeps the previous tables
    gc.enable()  # a forked worker inherits the parent's paused collector (helpers.tables.build); it needs its own
    with next_slot.get_lock():
        _slot = next_slot.value
        next_slot.value += 1
    _running = running


_settled = False  # whether this worker has set its long-lived objects aside from the collector


def _run_chunk(task: ReportTask, chunk: list[tuple[int, Entry]]) -> list[Outcome]:
    global _settled
    outcomes = []
    for index, entry in chunk:
        _running[_slot] = index + 1  # 0 means idle
        outcomes.append(task(entry))
    if not _settled:
        # The first reports loaded the lexicon and the gazetteer, which live as long as the worker:
        # moved out of the collector's reach, the full collections that extraction's garbage sets
        # off no longer walk them every time (a few per cent of a worker's time).
        gc.collect()
        gc.freeze()
        _settled = True
    return outcomes


def _pool_round(entries: list[Entry], indexes: list[int], task: ReportTask, workers: int, chunk_size: int,
                outcomes: dict[int, Outcome], bar: tqdm) -> list[int]:
    """Run `indexes` in a fresh pool, adding to `outcomes`. Returns [] when every one finished;
    when a worker died, the ones that were running then (or, should none be known, every
    unfinished one, so that each is retried alone)."""
    context = multiprocessing.get_context()
    running = context.Array("q", workers, lock=False)
    next_slot = context.Value("i", 0)
    chunks = iter([indexes[i:i + chunk_size] for i in range(0, len(indexes), chunk_size)])
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_start_worker,
                               initargs=(running, next_slot))
    in_flight = deque()
    try:
        while True:
            while len(in_flight) < workers * CHUNKS_PER_WORKER and (chunk := next(chunks, None)):
                in_flight.append((chunk, pool.submit(_run_chunk, task, [(i, entries[i]) for i in chunk])))
            if not in_flight:
                return []
            chunk, future = in_flight.popleft()
            _take(chunk, future.result(), outcomes, bar)
    except BrokenProcessPool:
        for chunk, future in in_flight:  # chunks other workers finished before the pool broke
            if future.done() and not future.cancelled() and future.exception() is None:
                _take(chunk, future.result(), outcomes, bar)
        suspects = sorted({value - 1 for value in running if value} - outcomes.keys())
        return suspects or sorted(set(indexes) - outcomes.keys())
    except KeyboardInterrupt:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    finally:
        pool.shutdown()


def _take(chunk: list[int], results: list[Outcome], outcomes: dict[int, Outcome], bar: tqdm) -> None:
    for index, outcome in zip(chunk, results):
        outcomes[index] = outcome
    bar.update(len(chunk))
