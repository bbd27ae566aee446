"""The downloadable tables and their data dictionary; the build's provenance."""
import hashlib

import pandas as pd

from scripts import downloads, provenance
from scripts.analyze import TABLES, tables_for
from scripts.nltk_resources import RESOURCES
from scripts.reader import parse


def test_every_column_of_every_table_is_described(seed):
    tables = tables_for(seed)
    assert set(tables) == set(TABLES)
    assert downloads.undescribed(tables) == []
    dictionary = downloads.data_dictionary()
    assert (dictionary.meaning.str.len() > 10).all()
    assert not dictionary.duplicated(["table", "column"]).any()
    # nothing described that no table has: the dictionary follows the tables
    columns = {(name, c) for name, frame in tables.items() for c in frame.columns}
    assert set(zip(dictionary.table, dictionary.column)) == columns


def test_an_undescribed_column_is_reported(seed):
    tables = tables_for(seed)
    tables["actors"] = tables["actors"].assign(new_column=1)
    assert downloads.undescribed(tables) == [("actors", "new_column")]


def test_downloads_are_written_for_any_article(tmp_path):
    article = parse("Strike in the port\n\nDockers in Chile walked out on Monday, "
                    "the union said. The government called the strike illegal.\n", "chile.txt")
    written = downloads.write_downloads(article, tmp_path / "data")
    assert [p.name for p, _ in written.values()] == [f"{name}.csv" for name in TABLES]
    sentences = (tmp_path / "data" / "sentences.csv").read_text(encoding="utf-8")
    assert "Dockers in Chile walked out on Monday" in sentences


def test_provenance_names_versions_resources_and_the_checksum(seed):
    versions = provenance.package_versions().set_index("package").version
    assert versions["Python"].count(".") == 2
    assert versions["nltk"] != "not installed" and versions["jupyter-book"].startswith("1.")
    assert list(provenance.nltk_data().resource) == list(RESOURCES)
    # the checksum the book prints is the file's own
    assert seed.sha256 == hashlib.sha256(seed.path.read_bytes()).hexdigest()
    assert provenance.build_info()["built"].endswith("UTC")


def test_download_entry_names_the_file_once(tmp_path):
    frame = pd.DataFrame({"a": [1, 2], "b": [3, 4]})
    entry = downloads.download_entry("sentences", tmp_path / "data" / "sentences.csv", frame, tmp_path)
    # the reader sees the link text, not the target after it
    assert entry.split(" </")[0].count("sentences.csv") + entry.split(">`")[1].count("sentences.csv") == 1
    assert entry.endswith(": 2 rows, 2 columns.\n")
    assert "</data/sentences.csv>" in entry
