"""Cold start of lcdesk to its usable main window, against a bare PySide6 window (ratio).

Each run is a fresh process, timed from spawn until it prints ``lcdesk-ready``: lcdesk's
main window is visible and painted once (``app``), or a bare QMainWindow is (``bare``, the
floor: interpreter + Qt start-up, measured in the same run on the same machine). Runs
alternate app/bare; the first pair only warms caches and creates the data folder.

    python bench/startup.py                       # source checkout, Qt offscreen
    python bench/startup.py --runs 9 --max-ratio 4
    python bench/startup.py --demo                # a set-up officer's window, as every day
    python bench/startup.py --demo --screen       # also the same first screen in plain PySide6
    xvfb-run -a -s "-screen 0 1280x800x24" python bench/startup.py \\
        --exe build/win/dist/lcdesk/lcdesk.exe --wine   # the frozen Windows build under Wine

Both modes go through the build's launcher (installers/windows/lcdesk_launcher.py), which
honours LCDESK_BENCH_STARTUP=app|bare, so source and frozen builds are measured alike.
``--screen`` adds a third mode, ``bench/first_screen.py`` (the demo officer's first screen built
with plain PySide6 widgets and none of lcdesk's code, through the same probe), and prints
``first screen / bare`` (what Qt needs for that screen) and ``lcdesk / first screen`` (what
lcdesk adds). Prints one line per mode and ``ratio`` (median app / median bare); with ``--max-ratio``
exits 1 when the ratio is above it. Where the OS reports it (Linux, macOS), it also prints each
mode's CPU time (user + system of the whole process, start to exit) and its ratio: on a shared
machine under load the wall times swing by ±50 %, the CPU times far less.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

try:
    import resource
except ImportError:  # Windows: wall time only
    resource = None

ROOT = Path(__file__).resolve().parent.parent
LAUNCHER = ROOT / "installers" / "windows" / "lcdesk_launcher.py"
FIRST_SCREEN = ROOT / "bench" / "first_screen.py"
READY = "lcdesk-ready"


def command(args, home: str, mode: str = "app") -> list[str]:
    if mode == "screen":
        return [sys.executable, str(FIRST_SCREEN)]
    if args.exe:
        exe = str(Path(args.exe).resolve())
        if args.wine:
            timeout = str(int(args.timeout))  # every Wine call bounded, even a hung one
            return ["timeout", timeout, "wine", exe, "--home", "Z:" + home.replace("/", "\\"), *(["--demo"] if args.demo else [])]
        return [exe, "--home", home, *(["--demo"] if args.demo else [])]
    return [sys.executable, str(LAUNCHER), "--home", home, *(["--demo"] if args.demo else [])]


def environment(args, mode: str) -> dict[str, str]:
    # Compiled code, as users run it: bytecode is written (the warm-up pair compiles it) and
    # reused; PYTHONDONTWRITEBYTECODE would make every run compile from source.
    env = dict(os.environ, LCDESK_BENCH_STARTUP=mode)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not args.exe and not args.display:
        env["QT_QPA_PLATFORM"] = "offscreen"
    if args.wine:
        env.setdefault("WINEDEBUG", "-all")
    return env


def _children_cpu() -> float:
    if resource is None:
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def one_run(args, mode: str, home: str) -> tuple[float, float]:
    """Seconds from spawn to the ready line, and the process's CPU seconds (0 where the OS
    does not say); raises when the process never reports it."""
    cpu_before = _children_cpu()
    start = time.perf_counter()
    proc = subprocess.Popen(command(args, home, mode), env=environment(args, mode), stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace")
    output = []
    try:
        for line in proc.stdout:
            if line.strip() == READY:
                elapsed = time.perf_counter() - start
                proc.wait(timeout=args.timeout)
                return elapsed, _children_cpu() - cpu_before
            output.append(line)
        raise RuntimeError(f"{mode}: exited {proc.wait()} without '{READY}':\n" + "".join(output[-20:]))
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def measure(args) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Wall and CPU seconds per mode."""
    modes = ("app", "bare", "screen") if args.screen else ("app", "bare")
    times: dict[str, list[float]] = {mode: [] for mode in modes}
    cpu: dict[str, list[float]] = {mode: [] for mode in modes}
    with tempfile.TemporaryDirectory(prefix="lcdesk-bench-") as home:
        for i in range(args.runs + 1):
            for mode in modes:
                elapsed, cpu_seconds = one_run(args, mode, home)
                if i:  # the first pair warms the file cache and creates the store
                    times[mode].append(elapsed)
                    cpu[mode].append(cpu_seconds)
    return times, cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="measured runs per mode (default 5)")
    parser.add_argument("--exe", help="a frozen lcdesk.exe instead of the source checkout")
    parser.add_argument("--wine", action="store_true", help="run --exe under Wine")
    parser.add_argument("--display", action="store_true", help="use the real display, not Qt offscreen")
    parser.add_argument("--demo", action="store_true",
                        help="start the demo ward officer's window (a set-up installation with figures) "
                             "instead of a fresh installation's first run")
    parser.add_argument("--screen", action="store_true",
                        help="also time bench/first_screen.py (the demo officer's first screen in plain PySide6, "
                             "source checkout only) and print lcdesk / first screen and first screen / bare")
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--max-ratio", type=float, help="fail when app/bare is above this")
    args = parser.parse_args(argv)
    if args.screen and args.exe:
        parser.error("--screen times the source checkout's first screen; it cannot be used with --exe")
    times, cpu = measure(args)
    medians = {mode: statistics.median(values) for mode, values in times.items()}
    ratio = medians["app"] / medians["bare"]
    where = f"{args.exe} under Wine" if args.wine else (args.exe or "source checkout")
    where += ", demo officer" if args.demo else ", first run"
    print(f"startup ({where}, {args.runs} runs each, median)")
    labels = (("app", "lcdesk main window"), ("bare", "bare PySide6 window"), ("screen", "same screen, plain"))
    for mode, label in labels[:len(times)]:
        spread = ", ".join(f"{t * 1000:.0f}" for t in times[mode])
        print(f"  {label:<20} {medians[mode] * 1000:7.0f} ms   ({spread})")
    print(f"  ratio                {ratio:7.2f}")
    if args.screen:
        print(f"  first screen / bare  {medians['screen'] / medians['bare']:7.2f}   (what Qt needs for that screen)")
        print(f"  lcdesk / first screen{medians['app'] / medians['screen']:7.2f}   (what lcdesk adds)")
    if all(all(values) for values in cpu.values()):
        cpu_medians = {mode: statistics.median(values) for mode, values in cpu.items()}
        print(f"  CPU time: lcdesk {cpu_medians['app'] * 1000:.0f} ms, bare {cpu_medians['bare'] * 1000:.0f} ms, "
              f"ratio {cpu_medians['app'] / cpu_medians['bare']:.2f}")
        if args.screen:
            print(f"  CPU time: first screen {cpu_medians['screen'] * 1000:.0f} ms, "
                  f"first screen / bare {cpu_medians['screen'] / cpu_medians['bare']:.2f}, "
                  f"lcdesk / first screen {cpu_medians['app'] / cpu_medians['screen']:.2f}")
    if args.max_ratio is not None and ratio > args.max_ratio:
        print(f"FAIL: ratio {ratio:.2f} above {args.max_ratio}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
