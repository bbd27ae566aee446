"""Jupyter Book's command, without costs that profiling the book's build found.

    python -m scripts.book_build build . --config book/_config.yml --toc _build/_toc.yml ...
    python -m scripts.book_build --execute TOC CACHE --jobs N -- build . ...
    python -m scripts.book_build --pdf-beside --execute ... -- build . --builder html ...

takes the arguments of ``jupyter-book`` (the Makefile runs it so); listed among the
Sphinx extensions of ``book/_config.yml``, this module also serves a plain
``jupyter-book build``. With ``--execute``, the arguments up to ``--`` are those of
:mod:`scripts.execute_notebooks`, run in a process of its own while this one
imports Sphinx, Jupyter Book and their extensions (seconds of work that need not
wait). Sphinx then starts while the notebooks still run: the runner reports each
notebook it has stored, and Sphinx reads the other pages first, then each notebook's
page as soon as its outputs are stored, in the order they are run (the pages that
wait for the gold evaluation last), so that reading overlaps the last notebooks. A
notebook that fails stops the build before anything is written.
With ``--pdf-beside`` (before the other arguments) the same command also makes the
PDF (``--builder pdflatex``) on the second core: a process forked once the imports
are done waits until the HTML build has read the sources and saved Sphinx's
environment, then writes the LaTeX from that environment and runs latexmk while
the HTML pages are written; the command fails if either build fails.
What it changes, none of which changes what is built:

* jsonschema, which Jupyter Book imports to check its configuration, compiles some
  40 grammars of the IRI syntax at import when ``rfc3987_syntax`` is installed
  (about 3 s of processor time in each build; only IRI format checks use them, and
  no schema here asks for one): the command leaves that package out.
* sphinxcontrib-bibtex looks up pybtex's plain-text backend for every citation
  reference, and each look-up scans the entry points of every installed package
  (about 0.1 s each, over a hundred references): the backend is registered once, and
  its formatting styles (looked up at each bibliography) are each looked up once.
* Sphinx unpickles a page's whole doctree for every numbered reference to one of
  its tables or figures (the pages hold their notebooks' outputs, and the book has
  some eighty such references), and again every page's doctree to number the figures
  and tables after one page is read: each page's doctree is unpickled once and read
  from memory after that, until the pages are written (a page read again, once more).
* sphinxcontrib-bibtex formats every entry of every bibliography after any page is
  read: a pybtex style formats an entry from the entry and its label alone, so each
  (style, label, entry) is formatted once.
* While a page waits for its notebook (after one notebook's edit, the kernel runs on
  one core and Sphinx would wait on the other), Sphinx takes the steps it would
  otherwise take after the last notebook: it imports what it imports late, unpickles
  the doctrees of the pages not read again and formats the bibliographies.
* The HTML theme's Jinja templates are compiled in every build: the compiled code is
  kept beside the doctrees (Jinja checks it against each template's source).
* Ending the interpreter tidily frees the whole of Sphinx's environment and doctrees
  object by object (about 0.7 s): the command flushes its output and exits at once.
"""
from __future__ import annotations

import importlib
import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

_DOCTREES: dict[str, object] = {}


def _register_plaintext_backend() -> None:
    import pybtex.plugin

    backend = pybtex.plugin.find_plugin("pybtex.backends", "plaintext")
    pybtex.plugin.register_plugin("pybtex.backends", "plaintext", backend, force=True)


def _entry_points_looked_up_once() -> None:
    # sphinxcontrib-bibtex asks pybtex for its formatting style at each of the book's
    # bibliographies, and each look-up scans the entry points of every installed package
    # (about 0.3 s in all, after every edit); the installed packages do not change during
    # a build. Plugins registered at run time are still looked up as before.
    import pybtex.plugin as plugin

    load = plugin._load_entry_point
    if getattr(load, "looked_up_once", False):
        return
    found = {}

    def load_once(group, name, use_aliases=False):
        groups = [group, group + ".aliases"] if use_aliases else [group]
        if any(name in plugin._RUNTIME_PLUGINS.get(g, {}) for g in groups):
            return load(group, name, use_aliases)
        key = (group, name, use_aliases)
        if key not in found:
            found[key] = load(group, name, use_aliases)
        return found[key]

    load_once.looked_up_once = True
    plugin._load_entry_point = load_once


def _reading_each_doctree_once(method):
    """``method(self, env, ...)`` with ``env.get_doctree`` answered from :data:`_DOCTREES`
    (for methods that only look into doctrees, never change them)."""
    if getattr(method, "reads_each_doctree_once", False):
        return method

    def wrapper(self, env, *args, **kwargs):
        read = env.get_doctree

        def doctree(docname):
            if docname not in _DOCTREES:
                _DOCTREES[docname] = read(docname)
            return _DOCTREES[docname]

        env.get_doctree = doctree
        try:
            return method(self, env, *args, **kwargs)
        finally:
            del env.get_doctree

    wrapper.reads_each_doctree_once = True
    return wrapper


def _numref_reads_each_doctree_once() -> None:
    from sphinx.domains.std import StandardDomain
    from sphinx.environment.collectors.toctree import TocTreeCollector

    # the target's doctree is only looked into here (a node's id and type)
    StandardDomain._resolve_numref_xref = _reading_each_doctree_once(StandardDomain._resolve_numref_xref)
    # After pages are read, figures and tables are numbered again by walking every page's
    # doctree (all of them unpickled, for one changed page): the same doctrees, read only,
    # then serve the numbered references of the pages written.
    TocTreeCollector.assign_figure_numbers = _reading_each_doctree_once(
        TocTreeCollector.assign_figure_numbers)


def _cache_compiled_templates(app) -> None:
    # The HTML theme's templates are compiled in every build (0.7 s under the profiler): Jinja
    # keeps the compiled code beside the doctrees, with a checksum of each template's source
    # that it compares before using it, so that a changed template is compiled again.
    environment = getattr(getattr(app.builder, "templates", None), "environment", None)
    if environment is not None and environment.bytecode_cache is None:
        from jinja2 import FileSystemBytecodeCache

        folder = Path(app.doctreedir) / "jinja"
        folder.mkdir(parents=True, exist_ok=True)
        environment.bytecode_cache = FileSystemBytecodeCache(str(folder))


def _forget_doctrees(*_args) -> None:
    _DOCTREES.clear()


def _forget_doctree(app, _doctree) -> None:
    """A page read again has a new doctree."""
    _DOCTREES.pop(app.env.docname, None)


def _formatting_each_entry_once() -> None:
    # sphinxcontrib-bibtex formats every entry of every bibliography again after any page is
    # read (about 0.8 s for this book, on the edit path). A pybtex style formats an entry from
    # the entry and its label alone: each (style, label, entry) is formatted once per process,
    # the entry kept with its result so that its id is not reused.
    from pybtex.style.formatting import BaseStyle

    format_entry = BaseStyle.format_entry
    if getattr(format_entry, "formats_each_once", False):
        return
    formatted = {}

    def format_once(self, label, entry, *args, **kwargs):
        if args or kwargs:
            return format_entry(self, label, entry, *args, **kwargs)
        key = (type(self), type(self.name_style), type(self.label_style), self.abbreviate_names,
               label, id(entry))
        if key not in formatted:
            formatted[key] = (entry, format_entry(self, label, entry))
        return formatted[key][1]

    format_once.formats_each_once = True
    BaseStyle.format_entry = format_once


# set by main() with --pdf-beside: called once Sphinx's environment is saved
_on_environment_saved = None
# set by main() with --execute: what the notebook runner reports
_notebooks = None


class _Notebooks:
    """What the notebook runner (scripts.execute_notebooks --notify-fd) reports, read in a
    thread: the notebooks it runs, in their order, and each one as it is stored or fails."""

    def __init__(self, fd: int):
        self._changed = threading.Condition()
        self.order: list[str] | None = None
        self.done: set[str] = set()
        self.failed: set[str] = set()
        self.ended = False
        threading.Thread(target=self._read, args=(fd,), daemon=True).start()

    def _read(self, fd: int) -> None:
        with os.fdopen(fd, "r", encoding="utf-8") as lines:
            for line in lines:
                word, _, rest = line.strip().partition(" ")
                with self._changed:
                    if word == "order":
                        self.order = rest.split()
                    elif word in ("done", "failed"):
                        (self.done if word == "done" else self.failed).add(rest)
                    elif word == "end":
                        self.ended = True
                    self._changed.notify_all()
        with self._changed:
            self.ended = True
            self._changed.notify_all()

    def run_order(self) -> list[str]:
        with self._changed:
            self._changed.wait_for(lambda: self.order is not None or self.ended)
            return list(self.order or [])

    def ready(self, name: str, meanwhile=()) -> bool:
        """Wait until the notebook ``name`` can be read: True when it is stored, or when the
        runner did not have to run it; False when it failed or the runner stopped first.
        While waiting, take the steps of ``meanwhile`` (an iterator, resumed by the next wait)."""
        def settled():
            return (self.ended or name in self.done or name in self.failed
                    or (self.order is not None and name not in self.order))

        steps, finished = iter(meanwhile), object()
        while True:
            with self._changed:
                if settled():
                    break
            if next(steps, finished) is finished:
                break
        with self._changed:
            self._changed.wait_for(settled)
            return name in self.done or (self.order is not None and name not in self.order
                                         and name not in self.failed)


class NotebookNotRun(Exception):
    pass


def _source_name(env, docname: str) -> str | None:
    """The page's source file relative to the project, as the notebook runner names it."""
    from scripts.paths import ROOT

    try:
        return Path(env.doc2path(docname)).resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return None


def _read_in_run_order(app, env, docnames: list[str]) -> None:
    # Pages are read while the notebooks run: each notebook page waits until its outputs
    # are stored, so read them in the order they are run (those waiting for the gold
    # evaluation last), the other pages first.
    global _meanwhile
    if _notebooks is None:
        return
    _meanwhile = _while_a_notebook_runs(app, set(docnames))
    rank = {name: i for i, name in enumerate(_notebooks.run_order())}
    docnames.sort(key=lambda docname: rank.get(_source_name(env, docname), -1))


# what the build imports only once it reads a notebook's page from the execution cache (the
# cache's database) and writes the pages
LATE_IMPORTS = ("sqlalchemy.dialects.sqlite", "xml.dom.minidom", "docutils.languages.en")
# the work done while a notebook page waits for its notebook (see _while_a_notebook_runs)
_meanwhile = iter(())


def _while_a_notebook_runs(app, reading: set[str]):
    """Steps of work that Sphinx would otherwise do after the last notebook is stored, done
    one at a time while a page waits for its notebook (after one notebook's edit, the kernel
    runs on one core and this process would wait idle on the other): the modules imported
    late and nbformat's schema; the doctrees of the pages not read again, unpickled for the figure numbers and the
    numbered references; the bibliographies' entries formatted. None changes what is built."""
    for name in LATE_IMPORTS:
        try:
            importlib.import_module(name)
        except ImportError:
            pass
        yield
    # nbformat compiles its schema at the first notebook it validates (about 0.08 s)
    import nbformat

    nbformat.validator.get_validator(version=4, version_minor=nbformat.v4.nbformat_minor)
    yield
    env = app.env
    for docname in sorted(env.all_docs):
        if docname not in reading and docname not in _DOCTREES:
            try:
                _DOCTREES[docname] = env.get_doctree(docname)
            except OSError:          # a page whose doctree is gone is read again anyway
                pass
            yield
    from sphinx.util.logging import suppress_logging

    domain = env.domains.get("cite")
    if domain is None or not hasattr(domain, "get_formatted_entries"):
        return
    docnames = list(env.found_docs)
    for key in list(domain.bibliographies):
        # the same call as after reading: its warnings are given then, once
        with suppress_logging():
            for _ in domain.get_formatted_entries(key, docnames, env.config.bibtex_tooltips,
                                                  env.config.bibtex_tooltips_style):
                pass
        yield


def _wait_for_notebook(app, docname: str, _source) -> None:
    if _notebooks is None:
        return
    name = _source_name(app.env, docname)
    if name is not None and name.endswith(".ipynb") and not _notebooks.ready(name, _meanwhile):
        raise NotebookNotRun(f"{name} could not be run (the error is above); the book is not built")


def _environment_saved(*_args) -> None:
    # Sphinx emits this right after it pickled the environment it has read
    if _on_environment_saved is not None:
        _on_environment_saved()


def setup(app):
    _register_plaintext_backend()
    _entry_points_looked_up_once()
    _numref_reads_each_doctree_once()
    _formatting_each_entry_once()
    app.connect("builder-inited", _cache_compiled_templates)
    app.connect("doctree-read", _forget_doctree)
    app.connect("build-finished", _forget_doctrees)
    app.connect("env-check-consistency", _environment_saved)
    app.connect("env-before-read-docs", _read_in_run_order)
    app.connect("source-read", _wait_for_notebook)
    return {"parallel_read_safe": True, "parallel_write_safe": True}


# what Jupyter Book's build imports first: loaded while the notebooks run
IMPORTS = ("jupyter_book.cli.main", "jupyter_book.sphinx", "myst_nb.sphinx_ext", "sphinx_book_theme",
           "sphinxcontrib.bibtex", "sphinx_design", "sphinx.builders.html", "sphinx.builders.latex")


class _LatexBeside:
    """A forked process that builds the PDF from the environment the HTML build saves."""

    def __init__(self, args: list[str], close=()):
        latex_args = list(args)
        latex_args[latex_args.index("--builder") + 1] = "pdflatex"
        read, self._write = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:               # the child: wait for the word, then build
            for fd in (self._write, *close):
                os.close(fd)
            with os.fdopen(read, "rb") as pipe:
                word = pipe.read()
            code = 1
            try:
                if word == b"go":
                    code = _jupyter_book(latex_args)
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        os.close(read)

    def release(self, go: bool = True) -> None:
        """Start the PDF build (once), or, when the HTML build failed, let the child end."""
        if self._write is not None:
            os.write(self._write, b"go" if go else b"stop")
            os.close(self._write)
            self._write = None

    def wait(self) -> int:
        self.release(go=False)
        return os.waitstatus_to_exitcode(os.waitpid(self.pid, 0)[1])


def _jupyter_book(args: list[str]) -> int:
    from jupyter_book.cli.main import main as jupyter_book

    sys.argv = ["jupyter-book", *args]
    try:
        jupyter_book()
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    return 0


def main(argv=None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    sys.modules.setdefault("rfc3987_syntax", None)
    pdf_beside = args[:1] == ["--pdf-beside"]
    if pdf_beside:
        args = args[1:]
    executor = reports = None
    if args[:1] == ["--execute"]:
        end = args.index("--")
        reports, write = os.pipe()
        executor = subprocess.Popen([sys.executable, "-m", "scripts.execute_notebooks", *args[1:end],
                                     "--notify-fd", str(write)], pass_fds=(write,))
        os.close(write)
        args = args[end + 1:]
    try:
        # as the notebook runner does with its imports: no garbage collection while they run,
        # and what they made frozen after
        from scripts.execute_notebooks import frozen_after

        with frozen_after():
            for name in IMPORTS:
                try:
                    importlib.import_module(name)
                except ImportError:      # the build reports what is missing
                    pass
        # as Sphinx loads this module as an extension (this file runs as __main__)
        extension = importlib.import_module("scripts.book_build")
        latex = None
        if pdf_beside:
            sys.stdout.flush()
            sys.stderr.flush()
            latex = _LatexBeside(args, close=() if reports is None else (reports,))
            extension._on_environment_saved = latex.release
        if reports is not None:
            extension._notebooks = _Notebooks(reports)
        code = _jupyter_book(args)
        if executor is not None and executor.wait() != 0:
            code = executor.returncode      # a notebook failed: the book was not built
        if latex is not None:
            # nothing was read (the environment was saved before): the PDF is built all the same
            latex.release(go=code == 0)
            code = code or latex.wait()
        return code
    finally:
        if executor is not None and executor.poll() is None:
            executor.terminate()


if __name__ == "__main__":
    status = main()
    # everything is written: skip freeing Sphinx's objects one by one at exit
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
