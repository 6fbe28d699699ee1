"""Mentions as objects, corpora, Analyzer.pipe and tables of mentions."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

import hrtext

ROOT = Path(__file__).resolve().parents[2]
LETTERS = ROOT / "examples" / "letters"


def test_layers_as_light_objects_with_code_point_offsets():
    doc = hrtext.analyze("中国 😀 On 30 January 2019 Human Rights Watch cited article 19 of the ICCPR.\n\n"
                         "Signatories:\nAmnesty International\nHuman Rights Watch\n")
    for layer in (doc.entities, doc.dates, doc.citations, doc.signatories):
        assert layer
        for mention in layer:
            assert doc.text[mention.start:mention.end] == mention.text
    assert doc.dates[0] == hrtext.DateMention("date", "30 January 2019", 8, 23, "2019-01-30")
    assert doc.citations[0].instrument == "ICCPR" and doc.citations[0].articles == ("19",)
    assert [s.name for s in doc.signatories] == ["Amnesty International", "Human Rights Watch"]
    assert {e.id for e in doc.entities} >= {"CHN", "human-rights-watch", "amnesty-international"}
    assert doc.entities[0]._asdict() == {k: v for k, v in doc.to_dict()["entities"][0].items()}


def test_read_corpus_with_dates_from_names_and_from_a_csv(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "2019-01-30-letter.txt").write_text("Signatories:\nAmnesty International\n", encoding="utf-8")
    (tmp_path / "sub" / "statement.txt").write_text("Last year, the Council met.", encoding="utf-8")
    (tmp_path / "2020-06-01-page.html").write_text(
        "<html><body><p>Signed:</p><ul><li>Human Rights Watch</li><li>FIDH</li></ul></body></html>", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("not a document hrtext reads", encoding="utf-8")
    by_name = hrtext.read_corpus(tmp_path, dates="name")
    assert [(Path(c.source).name, c.date) for c in by_name] == [("2019-01-30-letter.txt", "2019-01-30"),
                                                              ("2020-06-01-page.html", "2020-06-01"),
                                                              ("statement.txt", None)]
    table = tmp_path / "dates.csv"
    table.write_text("file,date\nsub/statement.txt,2021-05-01\n", encoding="utf-8")
    by_csv = hrtext.read_corpus(tmp_path, dates=table)
    assert [c.date for c in by_csv] == [None, None, "2021-05-01"]
    letter, page, statement = hrtext.Analyzer().pipe(by_csv, threads=1)
    assert statement.document_date == "2021-05-01" and statement.dates[0].value == "2020"
    assert statement.source.endswith("statement.txt")
    assert page.format == "html" and [s.text for s in page.signatories] == ["Human Rights Watch", "FIDH"]
    with pytest.raises(FileNotFoundError):
        hrtext.read_corpus(tmp_path / "missing")
    bad = tmp_path / "bad.csv"
    bad.write_text("name,when\n", encoding="utf-8")
    with pytest.raises(ValueError, match="file"):
        hrtext.read_corpus(tmp_path, dates=bad)


class ThreadRecordingAnalyzer(hrtext.Analyzer):
    """An analyzer that notes the threads its documents were analysed on."""

    def __init__(self) -> None:
        super().__init__()
        self.threads: set[str] = set()

    def _analyze_item(self, item, options):
        self.threads.add(threading.current_thread().name)
        return super()._analyze_item(item, options)


def test_pipe_gives_what_analyze_gives_in_order_on_threads():
    analyzer = ThreadRecordingAnalyzer()
    corpus = hrtext.read_corpus(LETTERS, dates="name")
    serial = [analyzer.analyze(c.data, date=c.date, source=c.source).to_json() for c in corpus]
    piped = [d.to_json() for d in analyzer.pipe(corpus, threads=2, batch_size=2)]
    assert piped == serial
    assert len(analyzer.threads) == 2  # both threads worked
    assert [d.to_json() for d in hrtext.Analyzer().pipe(["a text", b"bytes"], threads=1)] == \
           [hrtext.analyze("a text").to_json(), hrtext.analyze(b"bytes").to_json()]


def test_pipe_raises_the_error_of_a_bad_document_in_its_turn():
    documents = hrtext.Analyzer().pipe(["fine", b"\xff bad", "never reached"], threads=2)
    assert next(documents).text == "fine"
    with pytest.raises(hrtext.InvalidUtf8Error):
        next(documents)
    with pytest.raises(TypeError):
        list(hrtext.Analyzer().pipe(["x"], threads=0))
    with pytest.raises(TypeError):
        list(hrtext.Analyzer().pipe([42], threads=1))


def test_pipe_can_return_each_error_in_its_place_and_go_on(tmp_path: Path):
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>Signed by:</p><ul><li>FIDH</li><li>Amnesty International</li></ul>"
                    "</body></html>", encoding="utf-8")
    items = ["fine", b"\xff bad", page, tmp_path / "missing.txt", b"%PDF-1.4 broken", "last"]
    results = list(hrtext.Analyzer().pipe(items, threads=2, batch_size=1, errors="return"))
    assert [type(r).__name__ for r in results] == ["Document", "InvalidUtf8Error", "Document", "IoError",
                                                   "ParseError", "Document"]
    assert results[2].format == "html" and results[2].source == str(page)
    assert [s.text for s in results[2].signatories] == ["FIDH", "Amnesty International"]
    assert "missing.txt" in str(results[3]) and results[5].text == "last"
    with pytest.raises(ValueError, match="errors"):
        list(hrtext.Analyzer().pipe(["x"], errors="ignore"))
    with pytest.raises(TypeError, match="int"):  # a wrong item is the caller's error, raised in any mode
        list(hrtext.Analyzer().pipe(["x", 42], threads=1, errors="return"))


def test_pipe_options_apply_to_every_item_and_a_corpus_date_wins(tmp_path: Path):
    letter = tmp_path / "letter.txt"
    letter.write_text("Last year, the Council met.", encoding="utf-8")
    dated = hrtext.CorpusText(str(letter), letter.read_bytes(), "2021-05-01")
    by_path, by_corpus, by_text = hrtext.Analyzer().pipe([letter, dated, "<p>Last year</p>"], threads=1,
                                                         date="2010-02-03", include_text=True, format="text")
    assert by_path.document_date == "2010-02-03" and by_path.dates[0].value == "2009"
    assert by_corpus.document_date == "2021-05-01" and by_corpus.dates[0].value == "2020"
    assert by_text.format == "text" and by_text.to_dict()["text"] == "<p>Last year</p>"


def test_to_dataframe_one_row_per_mention():
    analyzer = hrtext.Analyzer()
    docs = list(analyzer.pipe(hrtext.read_corpus(LETTERS, dates="name")[:5], threads=2))
    frame = hrtext.to_dataframe(docs, layer="signatories")
    assert list(frame.columns) == ["source", "document_date", *hrtext.Signatory._fields, "page"]
    assert frame["page"].isna().all()  # text has no pages
    assert len(frame) == sum(len(d.signatories) for d in docs)
    assert frame["document_date"].notna().all()
    empty = hrtext.to_dataframe([hrtext.analyze("nothing here")], layer="citations")
    assert len(empty) == 0 and "instrument" in empty.columns
    with pytest.raises(ValueError, match="layer"):
        hrtext.to_dataframe(docs, layer="people")
    with pytest.raises(TypeError):
        hrtext.to_dataframe([{"entities": []}])


def test_documents_show_as_html_with_their_mentions_escaped():
    doc = hrtext.analyze('<script>alert("x")</script> On 30 January 2019 the Security Council adopted '
                         "Security Council resolution 1325 (2000) & China objected.")
    page = doc._repr_html_()
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert 'class="hrtext-state"' in page and "id: CHN" in page
    assert 'class="hrtext-date"' in page and "value: 2019-01-30" in page
    # The resolution is shown whole; the Security Council inside it is not marked twice.
    assert page.count('class="hrtext-resolution"') == 1
    assert page.count('class="hrtext-un_body"') == 1
    assert "&amp; " in page


def test_optional_libraries_say_what_to_install(monkeypatch):
    network = hrtext.Network.from_records([{"source": "a", "document_date": None, "signatories": [
        {"kind": "ngo", "id": "x", "name": "X"}, {"kind": "ngo", "id": "y", "name": "Y"}]}])
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now fails
    monkeypatch.setitem(sys.modules, "networkx", None)
    with pytest.raises(ImportError, match="pip install pandas"):
        hrtext.to_dataframe([hrtext.analyze("text")])
    with pytest.raises(ImportError, match="pip install pandas"):
        network.to_pandas()
    with pytest.raises(ImportError, match="pip install networkx"):
        network.to_networkx()
