// hrtext._core: the thin extension module. The Pythonic layer lives in bindings/python/hrtext/.

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "hrtext/hrtext.hpp"
#include "network_binding.hpp"

namespace py = pybind11;

namespace {

// The exception classes of hrtext, created once with their Python bases.
struct ExceptionTypes {
  PyObject* error = nullptr;
  PyObject* invalid_utf8 = nullptr;
  PyObject* limit = nullptr;
  PyObject* io = nullptr;
  PyObject* parse = nullptr;
};

ExceptionTypes& exception_types() {
  static ExceptionTypes types;
  return types;
}

PyObject* new_exception(py::module_& module, const char* name, py::tuple bases, const char* doc) {
  const std::string qualified = std::string("hrtext.") + name;
  PyObject* type = PyErr_NewExceptionWithDoc(qualified.c_str(), doc, bases.ptr(), nullptr);
  if (type == nullptr) throw py::error_already_set();
  module.add_object(name, py::reinterpret_borrow<py::object>(type));
  return type;
}

void register_exceptions(py::module_& module) {
  ExceptionTypes& types = exception_types();
  const py::object exception = py::reinterpret_borrow<py::object>(PyExc_Exception);
  const py::object value_error = py::reinterpret_borrow<py::object>(PyExc_ValueError);
  const py::object os_error = py::reinterpret_borrow<py::object>(PyExc_OSError);
  types.error = new_exception(module, "Error", py::make_tuple(exception),
                              "Base class of every error hrtext reports.");
  const py::object error = py::reinterpret_borrow<py::object>(types.error);
  types.invalid_utf8 = new_exception(
      module, "InvalidUtf8Error", py::make_tuple(error, value_error),
      "The input is not well-formed UTF-8; byte_offset is where the first bad sequence starts.");
  types.limit = new_exception(module, "LimitError", py::make_tuple(error, value_error),
                              "A configured limit, such as the maximum document size, was exceeded.");
  types.io = new_exception(module, "IoError", py::make_tuple(error, os_error),
                           "A file could not be read or written.");
  types.parse = new_exception(module, "ParseError", py::make_tuple(error, value_error),
                              "A value given to hrtext, such as a date, could not be parsed.");

  py::register_exception_translator([](std::exception_ptr pending) {
    const ExceptionTypes& t = exception_types();
    try {
      if (pending) std::rethrow_exception(pending);
    } catch (const hrtext::InvalidUtf8Error& e) {
      py::object instance = py::reinterpret_borrow<py::object>(t.invalid_utf8)(e.what());
      instance.attr("byte_offset") = e.byte_offset();
      PyErr_SetObject(t.invalid_utf8, instance.ptr());
    } catch (const hrtext::LimitError& e) {
      PyErr_SetString(t.limit, e.what());
    } catch (const hrtext::IoError& e) {
      PyErr_SetString(t.io, e.what());
    } catch (const hrtext::ParseError& e) {
      PyErr_SetString(t.parse, e.what());
    } catch (const hrtext::Error& e) {
      PyErr_SetString(t.error, e.what());
    }
  });
}

// The bytes of a Python bytes object, valid while the object lives; the GIL may be released.
std::string_view view_of(const py::bytes& data) {
  char* buffer = nullptr;
  Py_ssize_t size = 0;
  if (PyBytes_AsStringAndSize(data.ptr(), &buffer, &size) != 0) throw py::error_already_set();
  return {buffer, static_cast<std::size_t>(size)};
}

hrtext::DocumentMetadata metadata_of(std::optional<std::string> date, std::optional<std::string> source,
                                     bool include_text) {
  hrtext::DocumentMetadata metadata;
  metadata.source = std::move(source);
  metadata.include_text = include_text;
  if (date) metadata.date = hrtext::CalendarDate::parse_iso(*date);
  return metadata;
}

// The record of the document that `read` reads (run without the GIL), and the text (UTF-8
// bytes) its offsets point into.
template <typename Read>
py::tuple record_and_text(const hrtext::Analyzer& analyzer, const hrtext::DocumentMetadata& metadata, Read read) {
  std::pair<std::string, std::string> out;
  {
    py::gil_scoped_release release;
    hrtext::Document document = read();
    out.first = analyzer.analyze(document, metadata).to_json();
    out.second = document.text();
  }
  return py::make_tuple(out.first, py::bytes(out.second));
}

}  // namespace

PYBIND11_MODULE(_core, module) {
  module.doc() = "The compiled core of hrtext. Use the hrtext package, not this module.";
  module.attr("__version__") = HRTEXT_VERSION_STRING;
  register_exceptions(module);

  py::class_<hrtext::GazetteerEntry>(module, "GazetteerEntry",
                                     "One entity of a gazetteer: its kind, id, name, acronyms and aliases.")
      .def(py::init([](const std::string& kind, std::string id, std::string name,
                       std::vector<std::string> acronyms, std::vector<std::string> aliases,
                       std::optional<std::string> parent) {
             hrtext::GazetteerEntry entry;
             entry.kind = hrtext::entity_kind_from_string(kind);
             if (entry.kind == hrtext::EntityKind::kPerson) {
               throw hrtext::ParseError("a gazetteer holds states, NGOs, UN bodies and IGOs, not persons");
             }
             entry.id = std::move(id);
             entry.name = std::move(name);
             entry.acronyms = std::move(acronyms);
             entry.aliases = std::move(aliases);
             entry.parent = std::move(parent);
             return entry;
           }),
           py::kw_only(), py::arg("kind"), py::arg("id"), py::arg("name"),
           py::arg("acronyms") = std::vector<std::string>{}, py::arg("aliases") = std::vector<std::string>{},
           py::arg("parent") = py::none())
      .def_property_readonly("kind", [](const hrtext::GazetteerEntry& e) { return std::string(hrtext::to_string(e.kind)); })
      .def_readonly("id", &hrtext::GazetteerEntry::id)
      .def_readonly("name", &hrtext::GazetteerEntry::name)
      .def_readonly("acronyms", &hrtext::GazetteerEntry::acronyms)
      .def_readonly("aliases", &hrtext::GazetteerEntry::aliases)
      .def_readonly("parent", &hrtext::GazetteerEntry::parent)
      .def("__repr__", [](const hrtext::GazetteerEntry& e) {
        return "hrtext.GazetteerEntry(kind='" + std::string(hrtext::to_string(e.kind)) + "', id='" + e.id +
               "', name='" + e.name + "')";
      })
      // Pickled as its fields, so that entries (and the Analyzer built from them) reach other
      // processes (multiprocessing, Spark).
      .def(py::pickle(
          [](const hrtext::GazetteerEntry& e) {
            return py::make_tuple(std::string(hrtext::to_string(e.kind)), e.id, e.name, e.acronyms, e.aliases, e.parent);
          },
          [](const py::tuple& state) {
            if (state.size() != 6) throw hrtext::ParseError("a pickled GazetteerEntry holds six fields");
            hrtext::GazetteerEntry entry;
            entry.kind = hrtext::entity_kind_from_string(state[0].cast<std::string>());
            entry.id = state[1].cast<std::string>();
            entry.name = state[2].cast<std::string>();
            entry.acronyms = state[3].cast<std::vector<std::string>>();
            entry.aliases = state[4].cast<std::vector<std::string>>();
            entry.parent = state[5].cast<std::optional<std::string>>();
            return entry;
          }));

  module.def(
      "parse_gazetteer",
      [](const std::string& tsv, const std::string& kind, const std::string& origin) {
        return hrtext::parse_gazetteer(tsv, hrtext::entity_kind_from_string(kind), origin);
      },
      py::arg("tsv"), py::kw_only(), py::arg("kind") = "ngo", py::arg("origin") = "gazetteer",
      "Gazetteer entries from tab-separated text with a header naming the columns.");
  module.def(
      "load_gazetteer",
      [](const std::string& path, const std::string& kind) {
        return hrtext::load_gazetteer(path, hrtext::entity_kind_from_string(kind));
      },
      py::arg("path"), py::kw_only(), py::arg("kind") = "ngo", "Gazetteer entries from a UTF-8 TSV file.");
  module.def("builtin_gazetteer", &hrtext::builtin_gazetteer,
             "The gazetteer entries compiled into the library.");

  py::class_<hrtext::Analyzer>(module, "Analyzer",
                               "A compiled analyzer: immutable, safe to share between threads.")
      .def(py::init([](bool replace_invalid_utf8, std::size_t max_bytes, bool builtin_gazetteer,
                       std::vector<hrtext::GazetteerEntry> gazetteer, std::vector<std::string> remove_entities,
                       bool unlisted_organisations, bool day_first, bool signatories_in_prose,
                       double unintroduced_list_share, const std::vector<std::string>& citations) {
             hrtext::AnalyzerOptions options;
             options.document.replace_invalid_utf8 = replace_invalid_utf8;
             options.document.max_bytes = max_bytes;
             options.entities.builtin = builtin_gazetteer;
             options.entities.add = std::move(gazetteer);
             options.entities.remove = std::move(remove_entities);
             options.entities.unlisted_organisations = unlisted_organisations;
             options.dates.day_first = day_first;
             options.signatories.read_prose = signatories_in_prose;
             options.signatories.unintroduced_list_share = unintroduced_list_share;
             options.citations = {.treaties = false, .un_documents = false, .resolutions = false};
             for (const std::string& kind : citations) {
               if (kind == "treaty") {
                 options.citations.treaties = true;
               } else if (kind == "un_document") {
                 options.citations.un_documents = true;
               } else if (kind == "resolution") {
                 options.citations.resolutions = true;
               } else {
                 throw py::value_error("citations: unknown kind '" + kind + "' (treaty, un_document, resolution)");
               }
             }
             py::gil_scoped_release release;  // compiling the gazetteers takes a while
             return hrtext::Analyzer(std::move(options));
           }),
           py::kw_only(), py::arg("replace_invalid_utf8") = false,
           py::arg("max_bytes") = hrtext::DocumentOptions{}.max_bytes, py::arg("builtin_gazetteer") = true,
           py::arg("gazetteer") = std::vector<hrtext::GazetteerEntry>{},
           py::arg("remove_entities") = std::vector<std::string>{}, py::arg("unlisted_organisations") = true,
           py::arg("day_first") = true, py::arg("signatories_in_prose") = hrtext::SignatoryOptions{}.read_prose,
           py::arg("unintroduced_list_share") = hrtext::SignatoryOptions{}.unintroduced_list_share,
           py::arg("citations") = std::vector<std::string>{"treaty", "un_document", "resolution"})
      .def_property_readonly("replace_invalid_utf8",
                             [](const hrtext::Analyzer& analyzer) {
                               return analyzer.options().document.replace_invalid_utf8;
                             })
      .def_property_readonly(
          "max_bytes",
          [](const hrtext::Analyzer& analyzer) { return analyzer.options().document.max_bytes; })
      .def(
          "analyze_json",
          [](const hrtext::Analyzer& analyzer, const py::bytes& utf8,
             std::optional<std::string> date, std::optional<std::string> source) {
            const std::string_view text = view_of(utf8);
            const hrtext::DocumentMetadata metadata = metadata_of(std::move(date), std::move(source), false);
            std::string record;
            {
              py::gil_scoped_release release;
              record = analyzer.analyze(text, metadata).to_json();
            }
            return record;
          },
          py::arg("utf8"), py::kw_only(), py::arg("date") = py::none(),
          py::arg("source") = py::none(),
          "Analyses UTF-8 bytes and returns the analysis record as JSON (code point offsets).")
      .def(
          "read_and_analyze_json",
          [](const hrtext::Analyzer& analyzer, const py::bytes& data, const std::string& format,
             const std::string& file_name, std::optional<std::string> date, std::optional<std::string> source,
             bool include_text) {
            const std::string_view bytes = view_of(data);
            const std::optional<hrtext::InputFormat> input_format = hrtext::input_format_named(format);
            if (!input_format) throw hrtext::ParseError("unknown input format '" + format + "': use auto, text, html, markdown, docx, odt or pdf");
            return record_and_text(analyzer, metadata_of(std::move(date), std::move(source), include_text), [&] {
              return hrtext::Document::read(bytes, *input_format, analyzer.options().document, file_name);
            });
          },
          py::arg("data"), py::kw_only(), py::arg("format") = "auto", py::arg("file_name") = "",
          py::arg("date") = py::none(), py::arg("source") = py::none(), py::arg("include_text") = false,
          "Reads bytes in a format (auto, text, html, markdown, docx, odt), analyses the text read, and returns the record as "
          "JSON with the text (UTF-8 bytes) its offsets point into.")
      .def(
          "analyze_pdf_pages_json",
          [](const hrtext::Analyzer& analyzer, const std::vector<std::string>& pages, std::optional<std::string> date,
             std::optional<std::string> source, bool include_text) {
            return record_and_text(analyzer, metadata_of(std::move(date), std::move(source), include_text), [&] {
              const hrtext::DocumentOptions& options = analyzer.options().document;
              return hrtext::Document::from_read(
                  hrtext::read_pdf_pages(pages, hrtext::ReadOptions{options.replace_invalid_utf8, options.max_bytes}),
                  options);
            });
          },
          py::arg("pages"), py::kw_only(), py::arg("date") = py::none(), py::arg("source") = py::none(),
          py::arg("include_text") = false,
          "Reads a PDF's pages as a back end laid them out on a fixed-width grid (read_pdf_pages), analyses the text read, "
          "and returns the record as JSON with the text (UTF-8 bytes) its offsets point into.");

  bind_network(module);
}
