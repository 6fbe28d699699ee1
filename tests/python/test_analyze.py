"""hrtext.analyze, Analyzer and Document: the record, offsets, inputs and errors."""

from __future__ import annotations

import datetime
import json

import pytest

import hrtext

RECORD_KEYS = ["source", "document_date", "format", "text", "entities", "dates", "citations", "signatories",
               "signatories_partial", "signatories_stated", "pages"]


def test_record_has_the_shape_of_the_spec():
    record = hrtext.analyze("x").to_dict()
    assert list(record) == RECORD_KEYS
    assert record == {"source": None, "document_date": None, "format": "text", "text": None, "entities": [], "dates": [],
                      "citations": [], "signatories": [], "signatories_partial": False, "signatories_stated": None,
                      "pages": None}


def test_date_given_by_the_caller_is_the_document_date():
    doc = hrtext.analyze("Geneva, 30 January 2019", date="2019-01-30")
    assert doc.to_dict()["document_date"] == "2019-01-30"
    assert doc.document_date == "2019-01-30"
    assert hrtext.analyze("x", date=datetime.date(2020, 2, 29)).document_date == "2020-02-29"


@pytest.mark.parametrize("bad", ["2019-02-30", "30/01/2019", "2019-1-3", ""])
def test_invalid_date_raises_parse_error(bad):
    with pytest.raises(hrtext.ParseError, match="2019|YYYY-MM-DD"):
        hrtext.analyze("x", date=bad)


def test_parse_error_is_a_value_error():
    with pytest.raises(ValueError):
        hrtext.analyze("x", date="tomorrow")


def test_analyzer_carries_source_and_keeps_the_text():
    text = "中国 😀 Café Human Rights Watch"
    doc = hrtext.Analyzer().analyze(text, source="letters/a.txt")
    assert doc.source == "letters/a.txt"
    assert doc.text == text
    assert json.loads(doc.to_json())["source"] == "letters/a.txt"


def test_to_json_is_one_line_or_indented():
    doc = hrtext.analyze("x")
    assert "\n" not in doc.to_json()
    assert doc.to_json(indent=2).startswith('{\n  "source": null')
    assert json.loads(doc.to_json(indent=2)) == doc.to_dict()


def test_to_dict_returns_a_fresh_copy():
    doc = hrtext.analyze("x")
    doc.to_dict()["entities"].append("garbage")
    assert doc.to_dict()["entities"] == []


def test_bytes_are_decoded_strictly():
    assert hrtext.analyze("Genève".encode()).text == "Genève"
    with pytest.raises(hrtext.InvalidUtf8Error) as caught:
        hrtext.analyze(b"Geneva \xc3( 2019")
    assert caught.value.byte_offset == 7
    assert "byte offset 7" in str(caught.value)
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    ("data", "offset"),
    [(b"\xc0\xaf", 0), (b"ab\xed\xa0\x80", 2), (b"abc\x80", 3), (b"\xf4\x90\x80\x80", 0),
     (b"caf\xc3", 3), (b"\xff\xfe binary", 0)],
)
def test_every_invalid_utf8_class_names_its_offset(data, offset):
    with pytest.raises(hrtext.InvalidUtf8Error) as caught:
        hrtext.analyze(data)
    assert caught.value.byte_offset == offset


def test_repair_mode_replaces_like_python_does():
    data = b"a\xf1\x80\x80\xe1\x80\xc2b\x80c\x80\xbfd"
    doc = hrtext.Analyzer(replace_invalid_utf8=True).analyze(data)
    assert doc.text == data.decode("utf-8", "replace")
    assert doc.text.count("\ufffd") == 6


def test_lone_surrogate_in_str_is_a_clear_error():
    with pytest.raises(hrtext.InvalidUtf8Error, match="lone surrogate U\\+D800 at index 3") as caught:
        hrtext.analyze("abc\ud800def")
    assert caught.value.byte_offset == 3


def test_size_limit_raises_limit_error():
    analyzer = hrtext.Analyzer(max_bytes=10)
    assert analyzer.analyze("0123456789").text == "0123456789"
    with pytest.raises(hrtext.LimitError, match="11 bytes long, more than the limit of 10"):
        analyzer.analyze("0123456789!")


def test_empty_and_punctuation_only_text():
    assert hrtext.analyze("").to_dict()["entities"] == []
    assert hrtext.analyze("!!! ... ---").text == "!!! ... ---"


def test_huge_input_within_the_limit():
    text = "Joint letter on Xinjiang. " * 200_000  # 5.2 MB
    assert len(hrtext.analyze(text).text) == len(text)


@pytest.mark.parametrize("bad", [None, 42, 3.5, ["text"], {"text": 1}])
def test_wrong_text_types_raise_type_error(bad):
    with pytest.raises(TypeError, match="text must be str or bytes"):
        hrtext.analyze(bad)


def test_wrong_option_and_argument_types_raise_type_error():
    with pytest.raises(TypeError):
        hrtext.Analyzer(max_bytes="big")
    with pytest.raises(TypeError):
        hrtext.Analyzer(replace_invalid_utf8=1)
    with pytest.raises(TypeError):
        hrtext.Analyzer(64)  # options are keyword-only
    with pytest.raises(TypeError, match="date must be"):
        hrtext.analyze("x", date=20190130)
    with pytest.raises(TypeError, match="not a datetime"):
        hrtext.analyze("x", date=datetime.datetime(2019, 1, 30, 12, 0))
    with pytest.raises(TypeError, match="source must be a str"):
        hrtext.Analyzer().analyze("x", source=3)


def test_errors_form_one_hierarchy():
    for cls in (hrtext.InvalidUtf8Error, hrtext.LimitError, hrtext.ParseError, hrtext.IoError):
        assert issubclass(cls, hrtext.Error)
    assert issubclass(hrtext.IoError, OSError)
    assert hrtext.Error.__module__ == "hrtext"


def test_version_matches_cmake_project_version():
    import re
    from pathlib import Path

    cmake = (Path(__file__).resolve().parents[2] / "CMakeLists.txt").read_text()
    assert hrtext.__version__ == re.search(r"project\(hrtext\s+VERSION\s+([0-9.]+)", cmake).group(1)


def test_repr_is_informative():
    assert repr(hrtext.analyze("abc")) == (
        "<hrtext.Document source=None 3 chars: 0 entities, 0 dates, 0 citations, 0 signatories>"
    )
    assert repr(hrtext.Analyzer(max_bytes=5)) == "hrtext.Analyzer(replace_invalid_utf8=False, max_bytes=5)"
