"""Run a command and measure it from outside: wall time, CPU time and the peak resident memory
of the process and all its children together (a pool's workers count too). On a machine others
share, CPU time moves less than wall time."""
from __future__ import annotations

import resource
import subprocess
import tempfile
import time
from dataclasses import dataclass

import psutil

SAMPLE_SECONDS = 0.05


@dataclass(frozen=True)
class Run:
    seconds: float
    cpu_seconds: float  # user and system time of the command and every process it waited for
    peak_rss_bytes: int
    processes: int  # the most processes seen at once
    output: str  # the last line the command printed


def _tree_rss(process: psutil.Process) -> tuple[int, int]:
    """(resident bytes, processes) of a process and its descendants; ones that just ended count 0."""
    total, count = 0, 0
    try:
        tree = [process, *process.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0, 0
    for p in tree:
        try:
            total += p.memory_info().rss
            count += 1
        except psutil.NoSuchProcess:
            pass
    return total, count


def run(command: list[str], env: dict[str, str] | None = None) -> Run:
    """Run command to its end, sampling its process tree's memory every SAMPLE_SECONDS."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with tempfile.TemporaryFile("w+") as log:  # a file, not a pipe: a full pipe would stall the command
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, text=True, env=env)
        process = psutil.Process(child.pid)
        peak, most = 0, 0
        while child.poll() is None:
            rss, count = _tree_rss(process)
            peak, most = max(peak, rss), max(most, count)
            time.sleep(SAMPLE_SECONDS)
        seconds = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        log.seek(0)
        output = log.read().strip()
    if child.returncode:
        raise RuntimeError(f"{' '.join(command)} exited {child.returncode}:\n{output}")
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return Run(seconds, cpu, peak, most, output.splitlines()[-1] if output else "")
