"""Execute the book's notebooks on every core before Sphinx reads them.

    python -m scripts.execute_notebooks _build/_toc.yml _build/.jupyter_cache [--jobs N]

Jupyter Book executes one notebook after the other while Sphinx reads the book.
This runs the notebooks of the table of contents that the execution cache does
not hold yet, several at a time, and stores their outputs in that cache exactly as
Jupyter Book's own cache mode does (same cache, same notebook hash), so that the
build then only reads them. The primary article is analysed once before the
notebooks start, and the gold evaluation runs beside them (started first, its files
analysed in as many forked processes as there are jobs); both are kept in the
analysis cache (:mod:`scripts.analysis_cache`) for the chapters, and the notebooks
that show the gold figures run last. With ``--notify-fd`` the runner reports the
notebooks it runs and each one as it is stored, so that Sphinx can read a page
while the others still run (:mod:`scripts.book_build`).

Which notebooks the cache holds is read from a record of each stored notebook's code
signature (:func:`code_signature`, made from what the cache's key is made from), so that
after one notebook's edit the first kernel starts without SQLAlchemy or a hash of every
notebook; a notebook with no record is looked up in the cache itself.

A kernel started afresh spends seconds importing pandas, matplotlib, seaborn, NLTK
and the package, and loading NLTK's models. Here they are imported once, in this
process, and every kernel is forked from it with them already in memory (on systems
with ``fork``; elsewhere kernels start as usual). A forked kernel is the same
IPython kernel, run from the same notebook code, with the same environment.

A notebook that fails is reported with its error, and the command fails after
the others have run; nothing of a failed notebook is stored.
"""
from __future__ import annotations

import argparse
import ast
import asyncio
import atexit
import gc
import hashlib
import importlib
import json
import multiprocessing
import os
import signal
import sys
import time
import traceback
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from pathlib import Path

# jsonschema (imported by nbformat, and in kernels by myst_nb's glue) compiles some 40
# grammars at import when rfc3987_syntax is installed: seconds in every process. Only
# format checks of IRIs use it, and no schema of the build asks for them.
sys.modules.setdefault("rfc3987_syntax", None)

import nbformat  # noqa: E402
import yaml  # noqa: E402

from scripts.book_toc import toc_files  # noqa: E402
from scripts.paths import ROOT  # noqa: E402

# Notebooks that do not analyse the article run while it is analysed once for the others.
LIGHT = ("notebooks/01_article_and_language", "notebooks/A0_article", "notebooks/A2_codebook_framing",
         "notebooks/A4_methods")


def notebooks(toc_path: Path) -> list[Path]:
    toc = yaml.safe_load(toc_path.read_text(encoding="utf-8"))
    return [ROOT / f"{name}.ipynb" for name in toc_files(toc) if (ROOT / f"{name}.ipynb").exists()]


# Run last: they wait for the gold evaluation, which runs beside the other notebooks.
NEEDS_GOLD = "measured_accuracy"
# Imported before any kernel is forked, beside the notebooks' own imports: the kernel
# itself, the debugger it imports as it starts (debugpy, about 0.15 s in each kernel),
# and myst_nb's glue (imported at its first call).
PRELOAD = ("ipykernel.kernelapp", "ipykernel.ipkernel", "ipykernel.debugger", "myst_nb.ext.glue")
# The inline backend hooks itself into the IPython shell when it is imported: that
# must happen in the kernel, at its first figure, as in a kernel started afresh.
INLINE_BACKEND = "module://matplotlib_inline.backend_inline"


def _code(path: Path) -> list[str]:
    """The source of every code cell of a notebook."""
    notebook = nbformat.read(path, as_version=4)
    return [cell.source for cell in notebook.cells if cell.cell_type == "code"]


def imported_modules(cells: list[str]) -> set[str]:
    """The modules code cells import (``from a import b`` gives ``a`` and, in case
    ``b`` is a module, ``a.b``); cells that are not plain Python are skipped."""
    names = set()
    for cell in cells:
        try:
            tree = ast.parse(cell)
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def preload(codes: dict[Path, list[str]]) -> bool:
    """Import what the notebooks import, in this process; whether kernels can be
    forked from it (matplotlib's backend not chosen yet)."""
    # as the kernel would set it before the notebook imports matplotlib
    os.environ.setdefault("MPLBACKEND", INLINE_BACKEND)
    names = set()
    for cells in codes.values():
        names |= imported_modules(cells)
    # Imports make many objects and free few: the cyclic garbage collector, run again and
    # again over them, costs about a tenth of the time (0.3 s of about 3 s). It is paused
    # while they run; what they made is then frozen (never scanned again, here or in the
    # kernels forked after: less work for every collection, and pages the kernels share).
    with frozen_after():
        _import_all(names)
    pyplot = sys.modules.get("matplotlib.pyplot")
    return ("matplotlib_inline.backend_inline" not in sys.modules
            and (pyplot is None or getattr(pyplot, "_backend_mod", None) is None))


@contextmanager
def frozen_after():
    """No garbage collection while the block runs (imports); what it made frozen after."""
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def _import_all(names: set[str]) -> None:
    for name in sorted(names):
        try:
            importlib.import_module(name)
        except Exception:           # a name that is not a module (a function imported by name)
            pass
    # debugpy warns at import that breakpoints may be missed in frozen modules: no kernel of
    # the build is debugged (a kernel started afresh warns on its own hidden stderr)
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    for name in PRELOAD:
        importlib.import_module(name)


def _warm_analysis() -> None:
    """Analyse the primary article into the analysis cache (in this process, the
    words it tags stay in memory for the kernels forked after it)."""
    from scripts import analyze
    from scripts.paths import primary_article
    from scripts.reader import read_article

    analyze.tables_for(read_article(primary_article()))


def _warm_gold(jobs: int) -> None:
    """Run the gold evaluation into the analysis cache, its texts ``jobs`` at a time (the
    notebooks that wait for it come last, when the cores would otherwise be idle)."""
    from scripts import evaluate

    evaluate.store_measured_accuracy(jobs)


def _stored() -> tuple[bool, bool]:
    """Whether the analysis cache holds the primary article's tables, and the gold figures
    (when the article cannot be read, nothing is done ahead: the notebooks say why)."""
    from scripts import analysis_cache, evaluate
    from scripts.paths import primary_article
    from scripts.reader import read_article

    try:
        article = read_article(primary_article())
    except Exception:
        return True, True
    return (analysis_cache.has(article.sha256, f"{article.name}-tables"),
            analysis_cache.has(evaluate.gold_digest(), evaluate.MEASURED_KEY))


class _Child:
    """The little of :class:`subprocess.Popen` a kernel provisioner uses, for a forked kernel."""
    stdin = stdout = stderr = None

    def __init__(self, pid: int):
        self.pid, self.returncode = pid, None

    def poll(self):
        if self.returncode is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            _, status = os.waitpid(self.pid, 0)
            self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def send_signal(self, signum):
        if self.returncode is None:
            os.kill(self.pid, signum)

    def terminate(self):
        self.send_signal(signal.SIGTERM)

    def kill(self):
        self.send_signal(signal.SIGKILL)


def _is_own_python_kernel(command: list[str]) -> bool:
    """Whether the kernel command starts an IPython kernel with this interpreter."""
    return (len(command) > 2 and os.path.realpath(command[0]) == os.path.realpath(sys.executable)
            and command[1:3] == ["-m", "ipykernel_launcher"])


def _run_kernel(connection_file: str, cwd: str | None, env: dict | None, parent: int) -> None:
    """The forked child: become the kernel ``python -m ipykernel_launcher -f FILE`` would
    start (as jupyter_client launches it: its own session, the parent's pid to watch)."""
    code = 1
    try:
        os.setsid()
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        # as ipykernel_launcher: the launching folder is not on the path (IPython adds the kernel's)
        if sys.path and (sys.path[0] == "" or Path(sys.path[0]) == Path.cwd()):
            del sys.path[0]
        if cwd:
            os.chdir(cwd)
        environment = dict(os.environ if env is None else env, JPY_PARENT_PID=str(parent))
        os.environ.clear()
        os.environ.update(environment)
        # nothing of the parent's event loop or exit handlers belongs to the kernel
        asyncio.events._set_running_loop(None)
        asyncio.set_event_loop(None)
        atexit._clear()
        signal.signal(signal.SIGINT, signal.default_int_handler)
        argv = ["-f", connection_file, f"--IPKernelApp.parent_handle={parent}"]
        sys.argv = ["ipykernel_launcher", *argv]
        from ipykernel.kernelapp import IPKernelApp

        IPKernelApp.launch_instance(argv=argv)
        code = 0
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    except BaseException:
        traceback.print_exc()
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


def _forking_manager():
    from jupyter_client.manager import AsyncKernelManager

    class ForkingKernelManager(AsyncKernelManager):
        """Starts the kernel by forking this process instead of a new interpreter."""

        async def _async_launch_kernel(self, kernel_cmd, **kw):
            if not _is_own_python_kernel(kernel_cmd):
                return await super()._async_launch_kernel(kernel_cmd, **kw)
            parent = os.getpid()
            pid = os.fork()
            if pid == 0:
                _run_kernel(self.connection_file, kw.get("cwd"), kw.get("env"), parent)
            provisioner = self.provisioner
            provisioner.process = _Child(pid)
            provisioner.pid = provisioner.pgid = pid
            provisioner.cwd = kw.get("cwd") or os.getcwd()
            self._reconcile_connection_info(provisioner.connection_info)

    return ForkingKernelManager


def _execute(path: str, timeout: int, fork: bool = False):
    """Run a notebook as Jupyter Book's cache mode does (jupyter-cache's
    ``single_nb_execution``, whose module would import SQLAlchemy first, about half a
    second); (notebook, its signature before the run, seconds, error)."""
    from nbclient import execute
    from nbclient.exceptions import CellExecutionError, CellTimeoutError

    notebook = nbformat.read(path, as_version=4)
    signature = code_signature(notebook)
    # as single_nb_execution with meta_override: the notebook's own settings win
    settings = notebook.metadata.get("execution", {})
    timeout = settings.get("timeout", timeout)
    allow_errors = settings.get("allow_errors", False)
    extra = {"kernel_manager_class": _forking_manager()} if fork else {}
    started, error = time.perf_counter(), None
    try:
        execute(notebook, cwd=str(Path(path).parent), timeout=timeout, allow_errors=allow_errors,
                record_timing=False, **extra)
    except (CellExecutionError, CellTimeoutError):
        error = traceback.format_exc()
    return notebook, signature, time.perf_counter() - started, error


# The code signature of each notebook whose outputs are stored, kept in the execution cache's
# folder (and so removed with it): a notebook whose signature is unchanged needs no look-up in
# the cache, which imports SQLAlchemy and hashes every notebook (about a second before the
# first kernel could start, after one notebook's edit).
STORED = "stored-notebooks.json"


def code_signature(notebook: dict) -> str:
    """A digest of everything the execution cache's key is made from (the code cells' source
    and metadata, the kernelspec, the format's version) and nothing else: notebooks of equal
    signatures have the same key (an edit of the text alone changes neither)."""
    def text(source):
        return "".join(source) if isinstance(source, list) else source

    parts = {"nbformat": notebook.get("nbformat"),
             "kernelspec": notebook.get("metadata", {}).get("kernelspec"),
             "cells": [[text(cell.get("source", "")), cell.get("metadata", {})]
                       for cell in notebook.get("cells", []) if cell.get("cell_type") == "code"]}
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def _file_signature(path: Path) -> str | None:
    try:
        return code_signature(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, AttributeError):     # the run reports what is wrong with it
        return None


def to_run(paths: list[Path], cache: Path, in_cache) -> list[Path]:
    """The notebooks whose outputs the execution cache does not hold. A notebook whose
    signature is the one recorded when its outputs were stored is still there, and one whose
    signature changed since is not; only a notebook with no record is looked up in the cache
    (``in_cache(path)``), and recorded when it is found there."""
    stored = _stored_signatures(cache)
    todo, found = [], {}
    for path in paths:
        name, signature = _name(path), _file_signature(path)
        if signature is not None and stored.get(name) == signature:
            continue
        if signature is not None and name not in stored and in_cache(path):
            found[name] = signature
            continue
        todo.append(path)          # (a notebook that cannot be read: the run says why)
    if found:
        _store_signatures(cache, found)
    return todo


def _name(path: Path) -> str:
    """A notebook as the runner names it: its path in the project."""
    try:
        return path.relative_to(ROOT).as_posix()
    except ValueError:
        return path.as_posix()


def _stored_signatures(cache: Path) -> dict[str, str]:
    try:
        stored = json.loads((cache / STORED).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return stored if isinstance(stored, dict) else {}


def _store_signatures(cache: Path, signatures: dict[str, str]) -> None:
    """Add to the record (written whole, then renamed into place)."""
    merged = {**_stored_signatures(cache), **signatures}
    cache.mkdir(parents=True, exist_ok=True)
    staging = cache / f".{STORED}.{os.getpid()}"
    staging.write_text(json.dumps(merged, indent=0, sort_keys=True), encoding="utf-8")
    os.replace(staging, cache / STORED)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.execute_notebooks",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("toc", type=Path)
    parser.add_argument("cache", type=Path)
    parser.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--timeout", type=int, default=300)
    parser.add_argument("--no-fork", action="store_true",
                        help="start every kernel afresh instead of forking them from this process")
    parser.add_argument("--notify-fd", type=int, default=None,
                        help="write to this file descriptor, one line each: 'order' and the notebooks "
                             "to run in their order, 'done NAME' or 'failed NAME' as each ends, 'end'")
    args = parser.parse_args(argv)
    notify = _Notify(args.notify_fd)
    try:
        return _run(args, notify)
    finally:
        notify("end")
        notify.close()


class _Notify:
    """Lines for the process that reads the notebooks as they are stored (scripts.book_build)."""

    def __init__(self, fd: int | None):
        self.fd = fd

    def __call__(self, line: str) -> None:
        if self.fd is not None:
            try:
                os.write(self.fd, (line + "\n").encode())
            except OSError:          # the reader is gone: the notebooks are run all the same
                self.close()

    def close(self) -> None:
        if self.fd is not None:
            try:
                os.close(self.fd)
            except OSError:
                pass
            self.fd = None


def _run(args, notify) -> int:

    cache = None

    def opened_cache():
        nonlocal cache
        if cache is None:
            from jupyter_cache import get_cache
            cache = get_cache(str(args.cache))
        return cache

    def in_cache(path: Path) -> bool:
        try:
            opened_cache().match_cache_notebook(nbformat.read(path, as_version=4))
            return True
        except KeyError:
            return False

    todo = to_run(notebooks(args.toc), args.cache, in_cache)
    if not todo:
        notify("order")
        return 0
    started = time.perf_counter()
    codes = {p: _code(p) for p in todo}
    gold = [p for p in todo if any(NEEDS_GOLD in cell for cell in codes[p])]
    light = [p for p in todo if p.relative_to(ROOT).with_suffix("").as_posix() in LIGHT and p not in gold]
    order = light + [p for p in todo if p not in light and p not in gold] + gold
    notify(" ".join(["order", *(p.relative_to(ROOT).as_posix() for p in order)]))
    context = multiprocessing.get_context("fork" if hasattr(os, "fork") else None)
    # one notebook alone gains nothing from either (and after one notebook's edit, asking the
    # analysis cache would cost seconds of imports and reading before the notebook starts)
    warm = run_gold = False
    if len(order) > 1:
        tables_stored, gold_stored = _stored()
        warm = not tables_stored and len(order) - len(light) > 1
        run_gold = bool(gold) and not gold_stored
    if run_gold or warm:
        # loaded once here for the gold evaluation and the kernels forked after
        from scripts import analyze
        analyze._load_models()
    helpers = []
    if run_gold:
        # started first: the longest part, and the notebooks that show it wait for it
        # (not a daemon: it analyses its texts in processes of its own)
        helpers.append(context.Process(target=_warm_gold, args=(args.jobs,)))
        helpers[-1].start()
    fork = hasattr(os, "fork") and not args.no_fork and preload(codes)
    if warm and not fork:
        helpers.append(context.Process(target=_warm_analysis, daemon=True))
        helpers[-1].start()
    if warm and fork:
        try:
            _warm_analysis()
        except Exception:          # the notebooks that need the analysis report the error
            pass
    failed = []
    with ProcessPoolExecutor(max_workers=max(1, min(args.jobs, len(order))), mp_context=context) as pool:
        futures = {pool.submit(_execute, str(p), args.timeout, fork): p for p in order}
        # opened while the notebooks run (when nothing had to be looked up in it before)
        from jupyter_cache.base import CacheBundleIn
        opened_cache()
        for future in as_completed(futures):
            path = futures[future]
            name = path.relative_to(ROOT).as_posix()
            notebook, signature, seconds, error = future.result()
            if error:
                failed.append(name)
                print(f"{name}: failed\n{error}", file=sys.stderr)
                notify(f"failed {name}")
                continue
            staged = cache.add_nb_to_project(str(path))
            cache.cache_notebook_bundle(CacheBundleIn(notebook, staged.uri,
                                                      data={"execution_seconds": seconds}),
                                        check_validity=False, overwrite=True)
            _store_signatures(args.cache, {_name(path): signature})
            print(f"{name}: executed in {seconds:.1f} s", flush=True)
            notify(f"done {name}")
    for helper in helpers:
        helper.join()
    print(f"{len(order) - len(failed)} notebooks executed in {time.perf_counter() - started:.1f} s "
          f"on {args.jobs} worker(s){', kernels forked' if fork else ''}")
    if failed:
        print("failed: " + ", ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
