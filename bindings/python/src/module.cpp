// hrtext._core: the thin extension module. The Pythonic layer lives in bindings/python/hrtext/.

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <optional>
#include <string>
#include <string_view>

#include "hrtext/hrtext.hpp"

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

}  // namespace

PYBIND11_MODULE(_core, module) {
  module.doc() = "The compiled core of hrtext. Use the hrtext package, not this module.";
  module.attr("__version__") = HRTEXT_VERSION_STRING;
  register_exceptions(module);

  py::class_<hrtext::Analyzer>(module, "Analyzer",
                               "A compiled analyzer: immutable, safe to share between threads.")
      .def(py::init([](bool replace_invalid_utf8, std::size_t max_bytes) {
             hrtext::AnalyzerOptions options;
             options.document.replace_invalid_utf8 = replace_invalid_utf8;
             options.document.max_bytes = max_bytes;
             return hrtext::Analyzer(options);
           }),
           py::kw_only(), py::arg("replace_invalid_utf8") = false,
           py::arg("max_bytes") = hrtext::DocumentOptions{}.max_bytes)
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
            hrtext::DocumentMetadata metadata;
            metadata.source = std::move(source);
            if (date) metadata.date = hrtext::CalendarDate::parse_iso(*date);
            std::string record;
            {
              py::gil_scoped_release release;
              record = analyzer.analyze(text, metadata).to_json();
            }
            return record;
          },
          py::arg("utf8"), py::kw_only(), py::arg("date") = py::none(),
          py::arg("source") = py::none(),
          "Analyses UTF-8 bytes and returns the analysis record as JSON (code point offsets).");
}
