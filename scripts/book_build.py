"""Jupyter Book's command, without costs that profiling the book's build found.

    python -m scripts.book_build build . --config book/_config.yml --toc _build/_toc.yml ...
    python -m scripts.book_build --execute TOC CACHE --jobs N -- build . ...
    python -m scripts.book_build --pdf-beside --execute ... -- build . --builder html ...

takes the arguments of ``jupyter-book`` (the Makefile runs it so); listed among the
Sphinx extensions of ``book/_config.yml``, this module also serves a plain
``jupyter-book build``. With ``--execute``, the arguments up to ``--`` are those of
:mod:`scripts.execute_notebooks`, run in a process of its own while this one
imports Sphinx, Jupyter Book and their extensions (seconds of work that need not
wait); the book is built once the notebooks have run, and not at all if one failed.
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
  (about 0.1 s each, over a hundred references): the backend is registered once.
* Sphinx unpickles a page's whole doctree for every numbered reference to one of
  its tables or figures (the pages hold their notebooks' outputs, and the book has
  some eighty such references): while references are resolved, each page's doctree
  is unpickled once and read from memory after that.
"""
from __future__ import annotations

import importlib
import os
import subprocess
import sys

_DOCTREES: dict[str, object] = {}


def _register_plaintext_backend() -> None:
    import pybtex.plugin

    backend = pybtex.plugin.find_plugin("pybtex.backends", "plaintext")
    pybtex.plugin.register_plugin("pybtex.backends", "plaintext", backend, force=True)


def _numref_reads_each_doctree_once() -> None:
    from sphinx.domains.std import StandardDomain

    resolve = StandardDomain._resolve_numref_xref
    if getattr(resolve, "reads_each_doctree_once", False):
        return

    def resolve_numref(self, env, *args, **kwargs):
        # the target's doctree is only looked into here (a node's id and type)
        read = env.get_doctree

        def doctree(docname):
            if docname not in _DOCTREES:
                _DOCTREES[docname] = read(docname)
            return _DOCTREES[docname]

        env.get_doctree = doctree
        try:
            return resolve(self, env, *args, **kwargs)
        finally:
            del env.get_doctree

    resolve_numref.reads_each_doctree_once = True
    StandardDomain._resolve_numref_xref = resolve_numref


def _forget_doctrees(*_args) -> None:
    """Pages read again have new doctrees."""
    _DOCTREES.clear()


# set by main() with --pdf-beside: called once Sphinx's environment is saved
_on_environment_saved = None


def _environment_saved(*_args) -> None:
    # Sphinx emits this right after it pickled the environment it has read
    if _on_environment_saved is not None:
        _on_environment_saved()


def setup(app):
    _register_plaintext_backend()
    _numref_reads_each_doctree_once()
    app.connect("env-updated", _forget_doctrees)
    app.connect("build-finished", _forget_doctrees)
    app.connect("env-check-consistency", _environment_saved)
    return {"parallel_read_safe": True, "parallel_write_safe": True}


# what Jupyter Book's build imports first: loaded while the notebooks run
IMPORTS = ("jupyter_book.cli.main", "jupyter_book.sphinx", "myst_nb.sphinx_ext", "sphinx_book_theme",
           "sphinxcontrib.bibtex", "sphinx_design", "sphinx.builders.html", "sphinx.builders.latex")


class _LatexBeside:
    """A forked process that builds the PDF from the environment the HTML build saves."""

    def __init__(self, args: list[str]):
        latex_args = list(args)
        latex_args[latex_args.index("--builder") + 1] = "pdflatex"
        read, self._write = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:               # the child: wait for the word, then build
            os.close(self._write)
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
    executor = None
    if args[:1] == ["--execute"]:
        end = args.index("--")
        executor = subprocess.Popen([sys.executable, "-m", "scripts.execute_notebooks", *args[1:end]])
        args = args[end + 1:]
    try:
        for name in IMPORTS:
            try:
                importlib.import_module(name)
            except ImportError:      # the build reports what is missing
                pass
        if executor is not None and executor.wait() != 0:
            return executor.returncode
    finally:
        if executor is not None and executor.poll() is None:
            executor.terminate()
    if not pdf_beside:
        return _jupyter_book(args)
    # as Sphinx loads this module as an extension (this file runs as __main__)
    extension = importlib.import_module("scripts.book_build")
    sys.stdout.flush()
    sys.stderr.flush()
    latex = _LatexBeside(args)
    extension._on_environment_saved = latex.release
    code = _jupyter_book(args)
    # nothing to read (the environment was saved before): the PDF is built all the same
    latex.release(go=code == 0)
    latex_code = latex.wait()
    return code or latex_code


if __name__ == "__main__":
    sys.exit(main())
