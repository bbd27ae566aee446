"""Notebooks are committed as sources: no outputs, thin, and in the book."""
import json

import pytest

from scripts.paths import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_has_no_outputs(path):
    cells = json.loads(path.read_text())["cells"]
    assert not [c for c in cells if c.get("outputs") or c.get("execution_count")]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_code_is_hidden_from_the_reader_and_functions_live_in_the_package(path):
    for cell in json.loads(path.read_text())["cells"]:
        if cell["cell_type"] != "code":
            continue
        tags = cell["metadata"].get("tags", [])
        assert {"remove-input", "remove-cell"} & set(tags), "".join(cell["source"])[:80]
        assert "def " not in "".join(cell["source"]), "functions belong in scripts/"


def test_every_notebook_is_in_the_table_of_contents():
    toc = (ROOT / "book" / "_toc.yml").read_text()
    for path in NOTEBOOKS:
        assert f"notebooks/{path.stem}" in toc


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_every_code_cell_compiles(path):
    # a syntax error found here costs a second, found by the book build it costs minutes
    for n, cell in enumerate(json.loads(path.read_text())["cells"]):
        if cell["cell_type"] == "code":
            compile("".join(cell["source"]), f"{path.name}[{n}]", "exec")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_a_table_is_the_last_expression_of_its_cell(path):
    # a cell shows only its last expression: a report.table(...) before another statement is lost,
    # and the reference to it breaks the build
    import ast
    for n, cell in enumerate(json.loads(path.read_text())["cells"]):
        if cell["cell_type"] != "code":
            continue
        body = ast.parse("".join(cell["source"])).body
        for statement in body[:-1]:
            shown = (isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Call)
                     and ast.unparse(statement.value.func) in ("report.table", "Markdown"))
            assert not shown, f"{path.name}[{n}]: {ast.unparse(statement)[:60]} is not the cell's last expression"
